package io.github.verbatim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a variant of a quotation with the wording that stands for it, word by word, to show
 * what an outlet added, left out or changed: a longest common subsequence over words, spaces and
 * punctuation marks, in which a space counts for a quarter of a word (so that spaces alone never
 * align two texts), then a clean-up that folds a short run of "same" text lying between two
 * replacements into them, so that a different sentence reads as one replacement rather than as
 * every other word changed.
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
                int best = Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                lcs[i][j] = alike(a.get(i), b.get(j)) ? Math.max(best, lcs[i + 1][j + 1] + weight(a.get(i))) : best;
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && alike(a.get(i), b.get(j))
                    && lcs[i][j] == lcs[i + 1][j + 1] + weight(a.get(i))) {
                add(parts, Kind.SAME, b.get(j));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(parts, Kind.REMOVED, a.get(i++));
            } else {
                add(parts, Kind.ADDED, b.get(j++));
            }
        }
        return foldShortSameRuns(parts);
    }

    /**
     * Whether two tokens are the same words but for typography: curly or straight apostrophes and
     * quotation marks, and dashes, are how an outlet sets text, not what it changed.
     */
    private static boolean alike(String x, String y) {
        return x.equals(y) || typeset(x).equals(typeset(y));
    }

    private static String typeset(String token) {
        return token.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('—', '-').replace('–', '-');
    }

    /** A stretch of the variant: the same text, or an edit of left-out and added text. */
    private record Segment(boolean same, String removed, String added) {

        int editLength() {
            return Math.max(removed.length(), added.length());
        }

        boolean replacement() {
            return !same && !removed.isEmpty() && !added.isEmpty();
        }
    }

    /**
     * Folds each run of same text that lies between two replacements and is no longer than either
     * into them, until none is left; then writes each edit as its left-out text, then its added text.
     */
    private static List<Part> foldShortSameRuns(List<Part> parts) {
        List<Segment> segments = new ArrayList<>();
        for (Part part : parts) {
            Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (part.kind() == Kind.SAME) {
                segments.add(new Segment(true, part.text(), part.text()));
            } else if (last != null && !last.same()) {
                segments.set(segments.size() - 1, part.kind() == Kind.REMOVED
                        ? new Segment(false, last.removed() + part.text(), last.added())
                        : new Segment(false, last.removed(), last.added() + part.text()));
            } else {
                segments.add(part.kind() == Kind.REMOVED ? new Segment(false, part.text(), "")
                        : new Segment(false, "", part.text()));
            }
        }
        boolean folded = true;
        while (folded) {
            folded = false;
            for (int k = 1; k + 1 < segments.size(); k++) {
                Segment left = segments.get(k - 1);
                Segment same = segments.get(k);
                Segment right = segments.get(k + 1);
                if (same.same() && left.replacement() && right.replacement()
                        && same.removed().length() <= Math.min(left.editLength(), right.editLength())) {
                    Segment merged = new Segment(false, left.removed() + same.removed() + right.removed(),
                            left.added() + same.added() + right.added());
                    segments.subList(k - 1, k + 2).clear();
                    segments.add(k - 1, merged);
                    folded = true;
                    break;
                }
            }
        }
        List<Part> out = new ArrayList<>();
        for (Segment segment : segments) {
            if (segment.same()) {
                out.add(new Part(Kind.SAME, segment.removed()));
            } else {
                if (!segment.removed().isEmpty()) {
                    out.add(new Part(Kind.REMOVED, segment.removed()));
                }
                if (!segment.added().isEmpty()) {
                    out.add(new Part(Kind.ADDED, segment.added()));
                }
            }
        }
        return out;
    }

    /**
     * Returns whether the variant differs from the reference in anything but white space and
     * typography (curly or straight apostrophes and quotation marks, dashes).
     *
     * @param reference the wording that stands for every variant
     * @param variant one article's wording
     * @return true if the words or marks differ
     */
    public static boolean differs(String reference, String variant) {
        return !typeset(reference.strip().replaceAll("\\s+", " ")).equals(typeset(variant.strip().replaceAll("\\s+", " ")));
    }

    private static void add(List<Part> parts, Kind kind, String text) {
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            parts.add(new Part(kind, last.text() + text));
        } else {
            parts.add(new Part(kind, text));
        }
    }

    /**
     * Returns what lining up a token is worth: a word or mark four times a space, so that many
     * spaces lined up never outweigh a run of words, while a space between two kept words is kept.
     */
    private static int weight(String token) {
        return token.isBlank() ? 1 : 4;
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
