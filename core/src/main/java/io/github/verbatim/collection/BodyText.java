package io.github.verbatim.collection;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.TextPositionSelector;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An article's own prose, where facts are read: its text with everything that is not the
 * writer's statement blanked out (char for char, so offsets still index the article): what lies
 * outside the body paragraphs (title line, date header, boilerplate), quotations (the speaker's
 * words, not the writer's), and posts the article carries. Split into sentences.
 */
final class BodyText {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof",
            "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "mt", "ft", "vs", "no", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd");

    private final Article article;
    private final NormalizedText normalized;
    private final String masked;
    private final List<int[]> sentences;

    private BodyText(Article article) {
        this.article = article;
        this.normalized = NormalizedText.of(article.text());
        String text = article.text();
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text.charAt(i) == '\n' ? '\n' : ' ';
        }
        for (Span p : article.paragraphs()) {
            int from = normalized.charIndex(p.start());
            int to = normalized.charIndex(p.end());
            text.getChars(from, to, out, from);
        }
        for (Quote q : article.quotes()) {
            blank(out, q.provenance().position());
        }
        for (SocialPost p : article.socialPosts()) {
            blank(out, p.provenance().position());
        }
        this.masked = new String(out);
        this.sentences = split(masked, article.paragraphs(), normalized);
    }

    static BodyText of(Article article) {
        return new BodyText(article);
    }

    private void blank(char[] out, TextPositionSelector position) {
        if (position == null) {
            return;
        }
        int from = normalized.charIndex(position.start());
        int to = normalized.charIndex(position.end());
        for (int i = from; i < to; i++) {
            if (out[i] != '\n') {
                out[i] = ' ';
            }
        }
    }

    Article article() {
        return article;
    }

    /** Returns the masked text: the article's text with all but the writer's prose blanked. */
    String masked() {
        return masked;
    }

    /** Returns the sentences as char spans {@code [start, end)} of the text, in order. */
    List<int[]> sentences() {
        return sentences;
    }

    /** Returns the index of the sentence holding char {@code at}, or -1. */
    int sentenceAt(int at) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = sentences.get(mid);
            if (at < s[0]) {
                hi = mid - 1;
            } else if (at >= s[1]) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Returns the code-point offset of char {@code at}. */
    int codePoint(int at) {
        return normalized.codePointOffset(at);
    }

    NormalizedText normalized() {
        return normalized;
    }

    /**
     * Splits each paragraph at a full stop, question or exclamation mark followed by a space
     * and a capital, digit or quotation mark, except after an initial ({@code C.}) or a common
     * abbreviation ({@code Dr.}, {@code Sept.}).
     */
    private static List<int[]> split(String masked, List<Span> paragraphs, NormalizedText normalized) {
        List<int[]> out = new ArrayList<>();
        for (Span p : paragraphs) {
            int from = normalized.charIndex(p.start());
            int to = normalized.charIndex(p.end());
            int start = from;
            for (int i = from; i < to; i++) {
                char c = masked.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && i + 2 < to && Character.isWhitespace(masked.charAt(i + 1))
                        && startsSentence(masked, i + 1, to) && !(c == '.' && abbreviation(masked, i, from))) {
                    out.add(new int[] {start, i + 1});
                    start = i + 1;
                }
            }
            if (start < to) {
                out.add(new int[] {start, to});
            }
        }
        return out;
    }

    private static boolean startsSentence(String s, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        char c = s.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'«".indexOf(c) >= 0;
    }

    private static boolean abbreviation(String s, int dot, int from) {
        int i = dot;
        while (i > from && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        String word = s.substring(i, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
}
