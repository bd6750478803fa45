package io.github.verbatim.cite;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Readable, stable citation keys: {@code who-year-word-hash}, such as
 * {@code urbanislandz-nd-john-bf3fc6} or {@code johnlegend-2020-love-1c0d6e}.
 *
 * <p>{@code who} is the first author's family name, else the outlet, else the post's handle or
 * platform, else {@code anon}; {@code year} is the year of publication or {@code nd} (no date);
 * {@code word} is the first word of the title that is not a small word; all three folded to
 * lower-case ASCII letters and digits. {@code hash} is the start of a SHA-256 that identifies the
 * work — an article's original bytes, a post's platform and id — so the same work keeps its key in
 * every bundle, and two works that agree on everything else still differ.
 */
final class CitationKeys {

    /** Hex digits of the hash in a key. */
    static final int SHORT_HASH = 6;
    /** Hex digits used where two keys of one set would otherwise be equal. */
    static final int LONG_HASH = 12;

    private static final int MAX_PART = 24;
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on",
            "at", "to", "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "it", "its", "this",
            "that", "his", "her", "their", "our", "my", "your", "we", "i", "im", "you", "he", "she", "they", "if", "so",
            "not", "no", "all", "am", "do", "has", "have", "had", "just", "very");

    private CitationKeys() {
    }

    /**
     * Returns a key.
     *
     * @param who the author, outlet, handle or platform
     * @param date the publication date
     * @param title the title, devised or not
     * @param sha256 the lower-case hex SHA-256 that identifies the work
     * @param hashDigits how many of its hex digits to keep
     * @return the key, made of {@code [a-z0-9-]} only
     */
    static String of(@Nullable String who, @Nullable CslDate date, @Nullable String title, String sha256,
            int hashDigits) {
        String author = fold(who == null ? "" : who);
        if (author.isEmpty()) {
            author = "anon";
        }
        StringBuilder key = new StringBuilder(author).append('-').append(date == null ? "nd" : date.year());
        String word = firstWord(title);
        if (word != null && !word.equals(author)) {
            key.append('-').append(word);
        }
        return key.append('-').append(sha256, 0, Math.min(hashDigits, sha256.length())).toString();
    }

    private static @Nullable String firstWord(@Nullable String title) {
        if (title == null) {
            return null;
        }
        for (String raw : title.split("[\\s\\p{Pd}/]+")) {
            String word = fold(raw.replaceAll("['’]s$", ""));
            if (!word.isEmpty() && !SMALL_WORDS.contains(word)) {
                return word;
            }
        }
        return null;
    }

    /** Folds text to lower-case ASCII letters and digits: accents dropped, other characters left out. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("þ", "th").replace("ð", "d");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length() && out.length() < MAX_PART; i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
