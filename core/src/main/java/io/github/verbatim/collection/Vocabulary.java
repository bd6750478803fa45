package io.github.verbatim.collection;

import java.util.ArrayList;
import java.util.List;

/** Gives each distinct normalized word a small id, and the word back for an id. */
final class Vocabulary {

    private final LongIntMap ids = new LongIntMap(1 << 16);
    private final List<String> words = new ArrayList<>();

    /**
     * Returns the id of the word with {@code hash}, found at chars {@code [start, end)} of
     * {@code text}; the word's text is built only the first time it is seen.
     */
    int id(long hash, String text, int start, int end) {
        int id = ids.get(hash);
        if (id == LongIntMap.ABSENT) {
            id = words.size();
            words.add(Words.normalized(text, start, end));
            ids.put(hash, id);
        }
        return id;
    }

    /** Returns the normalized word of {@code id}. */
    String word(int id) {
        return words.get(id);
    }
}
