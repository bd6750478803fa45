package io.github.verbatim.collection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Speaker names as clustering compares them: case and punctuation aside, and one name agreeing
 * with another that holds all its words ({@code Teigen} with {@code Chrissy Teigen}). Names are
 * interned to small ids; comparisons are remembered.
 */
final class SpeakerNames {

    static final int NONE = -1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> asGiven = new HashMap<>();
    private final List<String[]> words = new ArrayList<>();
    private final Map<Long, Boolean> agreeing = new HashMap<>();

    /** Returns the id of {@code name}, or {@link #NONE} for no name. */
    int id(@Nullable String name) {
        if (name == null) {
            return NONE;
        }
        Integer known = asGiven.get(name);
        if (known != null) {
            return known;
        }
        int id = intern(name);
        asGiven.put(name, id);
        return id;
    }

    private int intern(String name) {
        String[] parts = name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String[] kept = Arrays.stream(parts).filter(p -> !p.isEmpty()).toArray(String[]::new);
        if (kept.length == 0) {
            return NONE;
        }
        String key = String.join(" ", kept);
        Integer id = ids.get(key);
        if (id == null) {
            id = words.size();
            ids.put(key, id);
            words.add(kept);
        }
        return id;
    }

    /** Whether two names may be one speaker: either is absent, or one holds all the other's words. */
    boolean agree(int a, int b) {
        if (a == NONE || b == NONE || a == b) {
            return true;
        }
        long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
        return agreeing.computeIfAbsent(key, k -> within(words.get(a), words.get(b))
                || within(words.get(b), words.get(a)));
    }

    private static boolean within(String[] part, String[] whole) {
        for (String p : part) {
            if (!Arrays.asList(whole).contains(p)) {
                return false;
            }
        }
        return true;
    }
}
