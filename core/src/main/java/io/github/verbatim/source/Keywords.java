package io.github.verbatim.source;

import java.util.List;
import java.util.Locale;

/**
 * A cheap test run before an expensive pattern: does a region of text contain any of the words the
 * pattern cannot match without? Keeps extraction linear and fast on long texts.
 */
final class Keywords {

    private final List<String> words;
    private final boolean ignoreCase;

    private Keywords(List<String> words, boolean ignoreCase) {
        this.words = ignoreCase ? words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList() : List.copyOf(words);
        this.ignoreCase = ignoreCase;
    }

    /** Words matched as written. */
    static Keywords of(String... words) {
        return new Keywords(List.of(words), false);
    }

    /** Words matched in any case. */
    static Keywords ofAnyCase(String... words) {
        return new Keywords(List.of(words), true);
    }

    /** Whether {@code text[from, to)} contains one of the words. */
    boolean anyIn(String text, int from, int to) {
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
}
