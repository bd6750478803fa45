package io.github.verbatim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a variant of a quotation with the wording that stands for it, word by word, to show
 * what an outlet added, left out or changed: a longest common subsequence over words, spaces and
 * punctuation marks.
 */
public final class WordDiff {

    /** Above this many token pairs the variant is returned whole, as the same, without comparison. */
    public static final long MAX_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}\\p{M}’'_-]+|.", Pattern.DOTALL);

    /** What a run of a variant's text is, compared with the reference. */
    public enum Kind {
        /** In both. */
        SAME,
        /** Only in the variant. */
        ADDED,
        /** Only in the reference: the variant leaves it out. */
        REMOVED
    }

    /**
     * One run of text.
     *
     * @param kind same, added or removed
     * @param text the text
     */
    public record Part(Kind kind, String text) {
    }

    private WordDiff() {
    }

    /**
     * Returns the variant as runs of kept, left-out and added text, in reading order (where both,
     * what is left out first).
     *
     * @param reference the wording that stands for every variant
     * @param variant one article's wording
     * @return the runs; joining the kept and added ones gives the variant
     */
    public static List<Part> compare(String reference, String variant) {
        List<String> a = tokens(reference);
        List<String> b = tokens(variant);
        if ((long) a.size() * b.size() > MAX_CELLS) {
            return List.of(new Part(Kind.SAME, variant));
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(parts, Kind.SAME, b.get(j));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(parts, Kind.REMOVED, a.get(i++));
            } else {
                add(parts, Kind.ADDED, b.get(j++));
            }
        }
        return parts;
    }

    /**
     * Returns whether the variant differs from the reference in anything but white space.
     *
     * @param reference the wording that stands for every variant
     * @param variant one article's wording
     * @return true if the words or marks differ
     */
    public static boolean differs(String reference, String variant) {
        return !reference.strip().replaceAll("\\s+", " ").equals(variant.strip().replaceAll("\\s+", " "));
    }

    private static void add(List<Part> parts, Kind kind, String text) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
