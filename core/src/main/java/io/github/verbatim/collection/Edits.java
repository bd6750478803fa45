package io.github.verbatim.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * What an alignment says about two texts: how many words they share, and each run of words in
 * which they differ (a word of the leading text left out, a word added, words changed), in
 * positions of the two word arrays.
 *
 * @param matched the number of words both texts have at aligned places
 * @param runs the runs of differing words inside the aligned part, in order
 * @param shortestFlank the shortest run of matching words between two differing runs (max int if
 *     there are fewer than two); the runs at the aligned part's ends are not counted, as a member
 *     may change its first or last words
 * @param memberFrom the first member word of the aligned part
 * @param memberTo the member word after it
 * @param leaderFrom the first leading-text word of the aligned part
 * @param leaderTo the leading-text word after it
 */
record Edits(int matched, List<Run> runs, int shortestFlank, int memberFrom, int memberTo, int leaderFrom,
        int leaderTo) {

    /** How a run of words differs. */
    enum Kind {
        /** Words of the leading text the member leaves out (a cut). */
        REMOVED,
        /** Words the member adds. */
        ADDED,
        /** Words of the leading text the member gives otherwise. */
        CHANGED
    }

    /**
     * One run of differing words.
     *
     * @param kind removed, added or changed
     * @param leaderStart first word of the leading text in the run
     * @param leaderEnd the word after the run in the leading text
     * @param memberStart first word of the member in the run
     * @param memberEnd the word after the run in the member
     * @param close for a change, whether the words are a spelling of the same words: the same
     *     letters spaced otherwise ({@code every day}, {@code everyday}), or a word inflected or
     *     misspelled ({@code pregnancy}, {@code pregnancies}); never a change of number
     */
    record Run(Kind kind, int leaderStart, int leaderEnd, int memberStart, int memberEnd, boolean close) {
    }

    /**
     * Reads the aligner's last alignment of {@code member} (whole: {@code [memberStart,
     * memberEnd)}) with {@code leader}.
     *
     * @param word the normalized word of an id in either array, to judge changes
     */
    static Edits of(Aligner aligner, int[] member, int memberStart, int memberEnd, int[] leader,
            IntFunction<String> word) {
        int i = aligner.memberFrom();
        int j = aligner.leaderFrom();
        int matched = 0;
        List<Run> runs = new ArrayList<>(2);
        int segment = 0;
        int shortestFlank = Integer.MAX_VALUE;
        boolean afterRun = false;
        int ops = aligner.opCount();
        for (int k = 0; k < ops; ) {
            byte op = aligner.op(k);
            if (op == Aligner.MATCH) {
                matched++;
                segment++;
                i++;
                j++;
                k++;
                continue;
            }
            if (afterRun) {
                shortestFlank = Math.min(shortestFlank, segment);
            }
            int ls = j;
            int ms = i;
            while (k < ops && aligner.op(k) != Aligner.MATCH) {
                byte o = aligner.op(k++);
                if (o != Aligner.INS) {
                    j++;
                }
                if (o != Aligner.DEL) {
                    i++;
                }
            }
            Kind kind = i == ms ? Kind.REMOVED : j == ls ? Kind.ADDED : Kind.CHANGED;
            boolean close = kind == Kind.CHANGED && i - ms <= 2 && j - ls <= 2
                    && closeSpelling(join(member, ms, i, word), join(leader, ls, j, word));
            runs.add(new Run(kind, ls, j, ms, i, close));
            segment = 0;
            afterRun = true;
        }
        int memberFrom = aligner.memberFrom();
        int memberTo = aligner.memberTo();
        int leaderFrom = aligner.leaderFrom();
        int leaderTo = aligner.leaderTo();
        if (!runs.isEmpty()) {
            Run first = runs.get(0);
            if (first.kind() == Kind.CHANGED && !first.close() && first.memberStart() == memberFrom
                    && first.leaderStart() == leaderFrom) {
                Run edge = closeAtStart(first, member, memberStart, leader, word);
                if (edge != null) {
                    runs.set(0, edge);
                    memberFrom = edge.memberStart();
                    leaderFrom = edge.leaderStart();
                }
            }
            Run last = runs.get(runs.size() - 1);
            if (last.kind() == Kind.CHANGED && !last.close() && last.memberEnd() == memberTo
                    && last.leaderEnd() == leaderTo) {
                Run edge = closeAtEnd(last, member, memberEnd, leader, word);
                if (edge != null) {
                    runs.set(runs.size() - 1, edge);
                    memberTo = edge.memberEnd();
                    leaderTo = edge.leaderEnd();
                }
            }
        }
        return new Edits(matched, List.copyOf(runs), shortestFlank, memberFrom, memberTo, leaderFrom, leaderTo);
    }

    /**
     * A change at the very start of the alignment may be a respelling split by it: {@code we are
     * still} against {@code we're still} aligns {@code are} with {@code we're} and leaves
     * {@code we} before the start. Returns the run taking up to two more member words from before
     * the start and dropping leading-text words that belong to the truncated part, if that makes
     * a close spelling; else null.
     */
    private static @Nullable Run closeAtStart(Run run, int[] member, int memberStart, int[] leader, IntFunction<String> word) {
        int before = Math.min(2, run.memberStart() - memberStart);
        for (int a = 0; a <= before; a++) {
            int ms = run.memberStart() - a;
            if (run.memberEnd() - ms > 3) {
                break;
            }
            for (int b = 1; b <= Math.min(3, run.leaderEnd() - run.leaderStart()); b++) {
                int ls = run.leaderEnd() - b;
                if (closeSpelling(join(member, ms, run.memberEnd(), word), join(leader, ls, run.leaderEnd(), word))) {
                    return new Run(Kind.CHANGED, ls, run.leaderEnd(), ms, run.memberEnd(), true);
                }
            }
        }
        return null;
    }

    /** As {@link #closeAtStart}, at the end: {@code I do not} against {@code I don't even}. */
    private static @Nullable Run closeAtEnd(Run run, int[] member, int memberEnd, int[] leader, IntFunction<String> word) {
        int after = Math.min(2, memberEnd - run.memberEnd());
        for (int a = 0; a <= after; a++) {
            int me = run.memberEnd() + a;
            if (me - run.memberStart() > 3) {
                break;
            }
            for (int b = 1; b <= Math.min(3, run.leaderEnd() - run.leaderStart()); b++) {
                int le = run.leaderStart() + b;
                if (closeSpelling(join(member, run.memberStart(), me, word), join(leader, run.leaderStart(), le, word))) {
                    return new Run(Kind.CHANGED, run.leaderStart(), le, run.memberStart(), me, true);
                }
            }
        }
        return null;
    }

    private static String join(int[] words, int from, int to, IntFunction<String> word) {
        if (to - from == 1) {
            return word.apply(words[from]);
        }
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            out.append(word.apply(words[k]));
        }
        return out.toString();
    }

    /**
     * Whether two spellings are one word: equal once spaces are gone, or, with no digits in
     * either (a number changed is a fact changed), within a third of the shorter's length in
     * edits.
     */
    static boolean closeSpelling(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (hasDigit(a) || hasDigit(b)) {
            return false;
        }
        int allowed = Math.max(1, Math.min(a.length(), b.length()) * 34 / 100);
        return Math.abs(a.length() - b.length()) <= allowed && levenshtein(a, b, allowed) <= allowed;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Edit distance of two short words, a swap of two neighbouring letters counting as one edit
     * ({@code mabye}, {@code maybe}); stops early once every path exceeds {@code limit}.
     */
    private static int levenshtein(String a, String b, int limit) {
        int[] before = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) {
                return rowMin;
            }
            int[] s = before;
            before = prev;
            prev = cur;
            cur = s;
        }
        return prev[b.length()];
    }
}
