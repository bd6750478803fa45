package io.github.verbatim.text;

import java.util.List;
import java.util.Locale;

/**
 * A cheap test run before an expensive pattern: does a region of text contain any of the words the
 * pattern cannot match without? Keeps extraction linear and fast on long texts.
 */
public final class Keywords {

    private final List<String> words;
    private final boolean ignoreCase;

    private Keywords(List<String> words, boolean ignoreCase) {
        this.words = ignoreCase ? words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList() : List.copyOf(words);
        this.ignoreCase = ignoreCase;
    }

    /**
     * Returns a test for words matched as written.
     *
     * @param words the words
     * @return the test
     */
    public static Keywords of(String... words) {
        return new Keywords(List.of(words), false);
    }

    /**
     * Returns a test for words matched in any case.
     *
     * @param words the words
     * @return the test
     */
    public static Keywords ofAnyCase(String... words) {
        return new Keywords(List.of(words), true);
    }

    /**
     * Returns whether {@code text[from, to)} contains one of the words.
     *
     * @param text the text
     * @param from first UTF-16 index
     * @param to index after the last
     * @return true if one of the words occurs there
     */
    public boolean anyIn(String text, int from, int to) {
        String region = text.substring(from, to);
        if (ignoreCase) {
            region = region.toLowerCase(Locale.ROOT);
        }
        for (String w : words) {
            if (region.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether the text contains one of the words.
     *
     * @param text the text
     * @return true if one of the words occurs in it
     */
    public boolean anyIn(String text) {
        return anyIn(text, 0, text.length());
    }
}
