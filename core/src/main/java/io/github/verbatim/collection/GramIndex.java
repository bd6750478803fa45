package io.github.verbatim.collection;

import java.util.Arrays;

/**
 * Which clusters' leading texts contain each word triple, and, for short texts, each word pair.
 * A key found in more than {@code cap} leaders ({@code i don't know}, {@code one of the}) is
 * marked common: it is dropped from the index and ignored in look-ups, so no query ever walks a
 * long list and the cost of clustering stays linear in the number of words.
 *
 * <p>Pairs serve short texts: one misspelled word in a five-word quotation breaks all three of
 * its triples, but leaves two pairs. Leaders are never shorter than the forms that query them
 * (forms are taken longest first), so short texts only ever need short leaders' pairs.
 */
final class GramIndex {

    private final int cap;
    private final LongIntMap slots = new LongIntMap(1 << 16);
    /** Per gram: head of its posting chain in the pool, or -1; {@code count} above cap when common. */
    private int[] head = new int[1 << 14];
    private int[] count = new int[1 << 14];
    private int grams;
    /** Posting pool: leader and next posting of the same gram. */
    private int[] postingLeader = new int[1 << 16];
    private int[] postingNext = new int[1 << 16];
    private int postings;

    GramIndex(int cap) {
        this.cap = cap;
    }

    /** Returns the hash of the word triple starting at {@code tokens[i]}. */
    static long gram(int[] tokens, int i) {
        long h = tokens[i];
        h = h * 0x9E3779B97F4A7C15L + tokens[i + 1];
        h = h * 0x9E3779B97F4A7C15L + tokens[i + 2];
        h ^= h >>> 31;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 29;
        return h == 0 ? 1 : h;
    }

    /** Texts of at most this many words are keyed by word pairs as well as triples. */
    static final int SHORT = 12;

    /** Returns the hash of the word pair starting at {@code tokens[i]}. */
    static long pair(int[] tokens, int i) {
        long h = tokens[i] * 0xC2B2AE3D27D4EB4FL + tokens[i + 1];
        h ^= h >>> 29;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }

    /**
     * Writes the distinct word triples of {@code tokens[from, to)}, sorted, into {@code out} from
     * {@code at} and returns how many there are.
     */
    static int distinctTriples(int[] tokens, int from, int to, long[] out, int at) {
        int n = 0;
        for (int i = from; i + 2 < to; i++) {
            out[at + n++] = gram(tokens, i);
        }
        return sortDistinct(out, at, n);
    }

    /** As {@link #distinctTriples}, for word pairs. */
    static int distinctPairs(int[] tokens, int from, int to, long[] out, int at) {
        int n = 0;
        for (int i = from; i + 1 < to; i++) {
            out[at + n++] = pair(tokens, i);
        }
        return sortDistinct(out, at, n);
    }

    private static int sortDistinct(long[] out, int at, int n) {
        Arrays.sort(out, at, at + n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || out[at + i] != out[at + i - 1]) {
                out[at + distinct++] = out[at + i];
            }
        }
        return distinct;
    }

    /** Indexes {@code leader} under each of the distinct keys {@code g[0, n)}. */
    void add(int leaderId, long[] g, int n) {
        for (int i = 0; i < n; i++) {
            int slot = slots.get(g[i]);
            if (slot == LongIntMap.ABSENT) {
                slot = grams++;
                if (slot == head.length) {
                    head = Arrays.copyOf(head, slot * 2);
                    count = Arrays.copyOf(count, slot * 2);
                }
                head[slot] = -1;
                count[slot] = 0;
                slots.put(g[i], slot);
            }
            if (count[slot] > cap) {
                continue;
            }
            if (++count[slot] > cap) {
                head[slot] = -1; // common: its postings are never read again
                continue;
            }
            if (postings == postingLeader.length) {
                postingLeader = Arrays.copyOf(postingLeader, postings * 2);
                postingNext = Arrays.copyOf(postingNext, postings * 2);
            }
            postingLeader[postings] = leaderId;
            postingNext[postings] = head[slot];
            head[slot] = postings++;
        }
    }

    /** Returns the first posting of {@code gram}, or -1 if it has none or is common. */
    int first(long gram) {
        int slot = slots.get(gram);
        return slot == LongIntMap.ABSENT ? -1 : head[slot];
    }

    /** Returns the leader of posting {@code p}. */
    int leader(int p) {
        return postingLeader[p];
    }

    /** Returns the posting after {@code p} of the same gram, or -1. */
    int next(int p) {
        return postingNext[p];
    }
}
