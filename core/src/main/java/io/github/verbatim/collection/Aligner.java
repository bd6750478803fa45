package io.github.verbatim.collection;

import java.util.Arrays;

/**
 * Aligns the words of a member quotation with those of a leading (fuller) text: a semi-global
 * alignment with affine gaps (Gotoh), free at both ends of both texts, so that a truncated,
 * partial or overlapping quotation aligns where it belongs.
 *
 * <p>A matched word scores 4 and a substituted one -3; a gap costs 6 to open, then nothing more
 * per word left out of the member (an ellipsis cut costs the same whatever its length) and 1 per
 * word the member adds. A single word matching by chance is not worth a gap, so words far apart
 * are not pulled into the alignment one by one; and a word matched beside a respaced one
 * ({@code but every day} against {@code but everyday}) is worth the gap that respacing needs.
 *
 * <p>Not thread-safe: one aligner per thread, reused to spare allocation.
 */
final class Aligner {

    static final byte MATCH = 0;
    static final byte SUB = 1;
    /** A word of the leading text the member leaves out. */
    static final byte DEL = 2;
    /** A word the member has that the leading text does not. */
    static final byte INS = 3;

    /** The largest table aligned: 16 million cells, a quotation of some 4,000 words against itself. */
    static final long MAX_CELLS = 16_000_000L;

    private static final int MATCH_SCORE = 4;
    private static final int SUB_SCORE = -3;
    private static final int OPEN = -6;
    private static final int EXTEND_DEL = 0;
    private static final int EXTEND_INS = -1;
    private static final int NEG = Integer.MIN_VALUE / 4;
    private static final int START = 0;
    private static final int FROM_M = 1;
    private static final int FROM_X = 2;
    private static final int FROM_Y = 3;

    private int[] mPrev = new int[64];
    private int[] mCur = new int[64];
    private int[] xPrev = new int[64];
    private int[] xCur = new int[64];
    private int[] yPrev = new int[64];
    private int[] yCur = new int[64];
    private byte[] trace = new byte[4096];
    private byte[] ops = new byte[64];
    private int opCount;
    private int memberFrom;
    private int memberTo;
    private int leaderFrom;
    private int leaderTo;

    /**
     * Aligns {@code member[mFrom, mTo)} with {@code leader[lFrom, lTo)}.
     *
     * @return false if no alignment scores above zero (no two texts' words line up), or the
     *     table would exceed {@link #MAX_CELLS}
     */
    boolean align(int[] member, int mFrom, int mTo, int[] leader, int lFrom, int lTo) {
        int n = mTo - mFrom;
        int w = lTo - lFrom;
        opCount = 0;
        if (n <= 0 || w <= 0 || (long) (n + 1) * (w + 1) > MAX_CELLS) {
            return false;
        }
        ensure(n, w);
        int width = w + 1;
        Arrays.fill(mPrev, 0, width, 0);
        Arrays.fill(xPrev, 0, width, NEG);
        Arrays.fill(yPrev, 0, width, NEG);
        int best = 0;
        int bestI = -1;
        int bestJ = -1;
        for (int i = 1; i <= n; i++) {
            int word = member[mFrom + i - 1];
            mCur[0] = 0;
            xCur[0] = NEG;
            yCur[0] = NEG;
            int row = i * width;
            for (int j = 1; j <= w; j++) {
                int v;
                int src;
                if (i == 1 || j == 1) {
                    v = 0;
                    src = START;
                } else {
                    v = mPrev[j - 1];
                    src = FROM_M;
                    if (xPrev[j - 1] > v) {
                        v = xPrev[j - 1];
                        src = FROM_X;
                    }
                    if (yPrev[j - 1] > v) {
                        v = yPrev[j - 1];
                        src = FROM_Y;
                    }
                }
                int m = v + (word == leader[lFrom + j - 1] ? MATCH_SCORE : SUB_SCORE);

                int x = mCur[j - 1] + OPEN;
                int xs = FROM_M;
                int t = xCur[j - 1] + EXTEND_DEL;
                if (t > x) {
                    x = t;
                    xs = FROM_X;
                }
                t = yCur[j - 1] + OPEN;
                if (t > x) {
                    x = t;
                    xs = FROM_Y;
                }

                int y = mPrev[j] + OPEN;
                int ys = FROM_M;
                t = yPrev[j] + EXTEND_INS;
                if (t > y) {
                    y = t;
                    ys = FROM_Y;
                }
                t = xPrev[j] + OPEN;
                if (t > y) {
                    y = t;
                    ys = FROM_X;
                }
                mCur[j] = m;
                xCur[j] = x;
                yCur[j] = y;
                trace[row + j] = (byte) (src | xs << 2 | ys << 4);
            }
            if (i == n) {
                for (int j = 1; j <= w; j++) {
                    if (mCur[j] > best) {
                        best = mCur[j];
                        bestI = i;
                        bestJ = j;
                    }
                }
            } else if (mCur[w] > best) {
                best = mCur[w];
                bestI = i;
                bestJ = w;
            }
            int[] s = mPrev;
            mPrev = mCur;
            mCur = s;
            s = xPrev;
            xPrev = xCur;
            xCur = s;
            s = yPrev;
            yPrev = yCur;
            yCur = s;
        }
        if (bestI < 0) {
            return false;
        }
        traceBack(member, mFrom, leader, lFrom, width, bestI, bestJ);
        return true;
    }

    private void traceBack(int[] member, int mFrom, int[] leader, int lFrom, int width, int endI, int endJ) {
        int i = endI;
        int j = endJ;
        int state = FROM_M;
        while (true) {
            int cell = trace[i * width + j];
            if (state == FROM_M) {
                push(member[mFrom + i - 1] == leader[lFrom + j - 1] ? MATCH : SUB);
                state = cell & 3;
                i--;
                j--;
                if (state == START) {
                    break;
                }
            } else if (state == FROM_X) {
                push(DEL);
                state = (cell >> 2) & 3;
                j--;
            } else {
                push(INS);
                state = (cell >> 4) & 3;
                i--;
            }
            if (state == FROM_M && (i == 0 || j == 0)) {
                break;
            }
        }
        for (int a = 0, b = opCount - 1; a < b; a++, b--) {
            byte s = ops[a];
            ops[a] = ops[b];
            ops[b] = s;
        }
        // A gap at the very start only stands for words beyond the other text's start.
        int skip = 0;
        while (skip < opCount && ops[skip] != MATCH && ops[skip] != SUB) {
            if (ops[skip] == DEL) {
                j++;
            } else {
                i++;
            }
            skip++;
        }
        if (skip > 0) {
            System.arraycopy(ops, skip, ops, 0, opCount - skip);
            opCount -= skip;
        }
        memberFrom = mFrom + i;
        leaderFrom = lFrom + j;
        memberTo = mFrom + endI;
        leaderTo = lFrom + endJ;
    }

    private void push(byte op) {
        if (opCount == ops.length) {
            ops = Arrays.copyOf(ops, opCount * 2);
        }
        ops[opCount++] = op;
    }

    private void ensure(int n, int w) {
        if (mPrev.length <= w) {
            int size = Math.max(w + 1, mPrev.length * 2);
            mPrev = new int[size];
            mCur = new int[size];
            xPrev = new int[size];
            xCur = new int[size];
            yPrev = new int[size];
            yCur = new int[size];
        }
        long cells = (long) (n + 1) * (w + 1);
        if (trace.length < cells) {
            trace = new byte[(int) Math.min(MAX_CELLS, Math.max(cells, Math.min(MAX_CELLS, trace.length * 2L)))];
        }
    }

    /** Returns the number of operations of the last alignment. */
    int opCount() {
        return opCount;
    }

    /** Returns operation {@code k} of the last alignment: {@link #MATCH}, {@link #SUB}, {@link #DEL} or {@link #INS}. */
    byte op(int k) {
        return ops[k];
    }

    /** Returns the first member word of the last alignment. */
    int memberFrom() {
        return memberFrom;
    }

    /** Returns the member word after the last alignment. */
    int memberTo() {
        return memberTo;
    }

    /** Returns the first leading-text word of the last alignment. */
    int leaderFrom() {
        return leaderFrom;
    }

    /** Returns the leading-text word after the last alignment. */
    int leaderTo() {
        return leaderTo;
    }
}
