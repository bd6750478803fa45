package io.github.verbatim.collection;

/**
 * Decides whether an aligned member is the leading text's statement, as an outlet gave it, or
 * another statement that shares some of its words.
 *
 * <p>A member is the same statement when, in the part that aligns:
 * <ul>
 * <li>at least three words match, and a member of fewer than six matching words matches as one
 *     unbroken run ({@code kind of pain} inside the full statement), with at most one word
 *     spelled otherwise when four or five match;</li>
 * <li>at least four in five of the member's words match or are spelled otherwise
 *     ({@code everyday}, {@code pregnancies});</li>
 * <li>words changed into other words or added number at most one per twelve matching words
 *     (so never in a member of fewer than twelve), spelling changes at most one run per eight,
 *     cuts at most one per ten, and differing runs of any kind at most one per six, two runs
 *     never closer than two matching words;</li>
 * <li>a member that runs on beyond the leading text's end (or starts before its start) shares at
 *     least eight words with it, and the leading text is not cut at that same end: two excerpts
 *     that overlap are one statement, two statements that share an opening are not;</li>
 * <li>when both name a speaker and the names differ, the member is the whole leading text
 *     (at least four in five of its words): a statement misattributed by one outlet stays one
 *     statement, a phrase that two people both said does not merge them.</li>
 * </ul>
 */
final class SameStatement {

    /** Fewest matching words for any member. */
    static final int MIN_WORDS = 3;
    /** Below this many matching words, only an unbroken run of words (one respelled at most) is the same statement. */
    static final int EXACT_BELOW = 6;
    /** Fewest shared words for excerpts that overlap. */
    static final int OVERLAP_MIN = 8;
    /** The score of a member that is another statement. */
    static final int REJECTED = -1;

    private SameStatement() {
    }

    /**
     * Scores the member {@code [memberFrom, memberTo)} against the leading text
     * {@code [leaderFrom, leaderTo)} (both whole, whatever window was aligned).
     *
     * @return a score (higher is a better fit), or {@link #REJECTED}
     */
    static int score(Edits e, int memberFrom, int memberTo, int leaderFrom, int leaderTo, boolean speakersDiffer) {
        int m = e.matched();
        if (m < MIN_WORDS) {
            return REJECTED;
        }
        int overStart = e.memberFrom() - memberFrom;
        int overEnd = memberTo - e.memberTo();
        int truncStart = e.leaderFrom() - leaderFrom;
        int truncEnd = leaderTo - e.leaderTo();
        int over = overStart + overEnd;
        if (m < EXACT_BELOW && (over > 0 || !e.runs().isEmpty() && (m < 4 || e.runs().size() > 1
                || !e.runs().get(0).close()))) {
            return REJECTED;
        }
        if (over > 0 && (m < OVERLAP_MIN || overStart > 0 && truncStart > 0 || overEnd > 0 && truncEnd > 0)) {
            return REJECTED;
        }
        int far = 0;
        int close = 0;
        int closeWords = 0;
        int removed = 0;
        for (Edits.Run run : e.runs()) {
            switch (run.kind()) {
                case REMOVED -> removed++;
                case ADDED -> far += run.memberEnd() - run.memberStart();
                case CHANGED -> {
                    if (run.close()) {
                        close++;
                        closeWords += run.memberEnd() - run.memberStart();
                    } else {
                        far += run.memberEnd() - run.memberStart();
                    }
                }
            }
        }
        int inside = e.memberTo() - e.memberFrom();
        int runs = e.runs().size();
        if ((m + closeWords) * 5 < inside * 4
                || far > m / 12
                || close > Math.max(1, m / 8)
                || removed > 1 + m / 10
                || runs > 1 + m / 6
                || e.shortestFlank() < 2) {
            return REJECTED;
        }
        if (speakersDiffer && (over > 0 || m < EXACT_BELOW || m * 5 < (leaderTo - leaderFrom) * 4)) {
            return REJECTED;
        }
        return 4 * m - 8 * far - 2 * runs - (over > 0 ? 4 : 0) - (truncStart > 0 || truncEnd > 0 ? 1 : 0);
    }
}
