package io.github.verbatim.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences: after {@code .}, {@code !}, {@code ?} or {@code …} (and any
 * closing quote or bracket) followed by white space and a capital, digit or opening quote. Good
 * enough to tell a promotional sentence from a reporting one; not a linguistic splitter.
 */
final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<![.!?…])[.!?…]{1,8}+[\"”’')\\]]{0,4}+\\s{1,16}+(?=[\\p{Lu}\\p{N}\"“‘'(])");

    private Sentences() {
    }

    /**
     * Returns the sentences of {@code text[from, to)}.
     *
     * @param text the text
     * @param from first UTF-16 index
     * @param to index after the last
     * @return {@code [start, end)} UTF-16 ranges, trimmed, in order
     */
    static List<int[]> of(String text, int from, int to) {
        List<int[]> sentences = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            add(sentences, text, start, m.end());
            start = m.end();
        }
        add(sentences, text, start, to);
        return sentences;
    }

    private static void add(List<int[]> sentences, String text, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            sentences.add(new int[] {a, b});
        }
    }
}
