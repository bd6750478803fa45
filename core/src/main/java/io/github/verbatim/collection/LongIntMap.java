package io.github.verbatim.collection;

import java.util.Arrays;

/**
 * An open-addressing hash map from non-zero {@code long} keys to non-negative {@code int} values,
 * without boxing: clustering a million quotations keys millions of words, word sequences and word
 * triples by their 64-bit hashes.
 */
final class LongIntMap {

    static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** Returns the value of {@code key}, or {@link #ABSENT}. */
    int get(long key) {
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == 0) {
                return ABSENT;
            }
        }
    }

    /** Sets the value of {@code key}. */
    void put(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                values[slot] = value;
                return;
            }
            if (k == 0) {
                keys[slot] = key;
                values[slot] = value;
                if (++size * 3 > keys.length * 2) {
                    grow();
                }
                return;
            }
        }
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            long k = oldKeys[i];
            if (k != 0) {
                int slot = slot(k);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                values[slot] = oldValues[i];
            }
        }
        Arrays.fill(oldKeys, 0);
    }
}
