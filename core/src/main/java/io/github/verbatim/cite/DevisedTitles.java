package io.github.verbatim.cite;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Titles for works that have none, as citation practice devises them: an untitled article gets
 * its first words in square brackets (the brackets say the title is supplied, as APA 7 and
 * library cataloguing mark a devised title); a post's title is its first twenty words, as APA 7
 * cites posts; a post whose words the article does not carry is described in brackets.
 */
final class DevisedTitles {

    /** Words of an untitled article's first sentence kept in its devised title. */
    static final int ARTICLE_WORDS = 15;
    /** Words of a post kept as its title (APA 7: "up to the first 20 words"). */
    static final int POST_WORDS = 20;

    /** Words a cut title does not end on: "the loss of…" reads as if a word were missing. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on",
            "at", "to", "for", "with", "by", "from", "as", "into", "about", "that", "which", "who", "his", "her",
            "its", "their", "our", "my", "your", "this", "these", "those");

    private DevisedTitles() {
    }

    /**
     * Returns the article's title, or a devised one: the first words of its first sentence in
     * square brackets, such as {@code [Chrissy Teigen and John Legend recently suffered the loss…]}.
     *
     * @return the title, or null if the article has neither a title nor body text
     */
    static @Nullable String article(Article article) {
        if (article.title() != null && !article.title().isBlank()) {
            return SingleLine.of(article.title());
        }
        for (Span paragraph : article.paragraphs()) {
            String text = SingleLine.of(codePoints(article.text(), paragraph));
            if (!text.isEmpty()) {
                return "[" + firstWords(firstSentence(text), ARTICLE_WORDS) + "]";
            }
        }
        return null;
    }

    /**
     * Returns a post's title: its first twenty words where the article gives its text, otherwise
     * a description such as {@code [Instagram post]}.
     */
    static String post(SocialPost post) {
        String text = post.text() == null ? "" : SingleLine.of(post.text());
        if (!text.isEmpty()) {
            return firstWords(text, POST_WORDS);
        }
        return "[" + PlatformNames.name(post.platform()) + " post]";
    }

    /** Returns the text of a code-point span; a span beyond the text (a damaged document) is cut to it. */
    private static String codePoints(String text, Span span) {
        int length = text.codePointCount(0, text.length());
        int start = Math.min(span.start(), length);
        int end = Math.min(span.end(), length);
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    /** Returns the first sentence without its closing full stop, or the whole text if there is no stop. */
    private static String firstSentence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '.' || c == '!' || c == '?';
            if (end && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return c == '.' ? text.substring(0, i) : text.substring(0, i + 1);
            }
        }
        return text;
    }

    /**
     * Returns at most {@code max} words, with an ellipsis where words were left out; a cut never
     * ends on an article, preposition or conjunction.
     */
    private static String firstWords(String text, int max) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        if (words.size() <= max) {
            return text;
        }
        List<String> kept = new ArrayList<>(words.subList(0, max));
        while (kept.size() > 1 && DANGLING.contains(stripTrailingPunctuation(kept.get(kept.size() - 1))
                .toLowerCase(Locale.ROOT))) {
            kept.remove(kept.size() - 1);
        }
        return stripTrailingPunctuation(String.join(" ", kept)) + "…";
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && ",;:—–-".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }
}
