package io.github.verbatim.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Scores predicted quotations against gold ones.
 *
 * <p>A prediction <em>matches exactly</em> when its span {@code [start, end)} equals a gold span;
 * matching is one-to-one (a second prediction of the same span is a false positive). It <em>matches
 * leniently</em> when the spans share at least half of the longer one's code points, so
 * {@code overlap >= max(goldLength, predictedLength) / 2}; lenient pairs are chosen greedily, largest
 * overlap ratio first. Kind accuracy is measured on exact matches; speaker accuracy on exact matches
 * whose gold kind is {@code statement}, comparing names case-insensitively after collapsing white
 * space, where a speaker on one side and none on the other is wrong and none on both sides is right.
 * Counts add up across articles, so totals are micro-averages.
 */
final class QuoteScore {

    /** Share of the longer span that must overlap for a lenient match. */
    static final double LENIENT_OVERLAP = 0.5;

    private QuoteScore() {
    }

    /**
     * A quotation to score: its span in code points, its kind as written in JSON
     * ({@code statement}, {@code partial}, {@code title}, {@code other}) and its speaker's name.
     * A prediction without a position has the span {@code [-1, -1)} and matches nothing.
     */
    record Item(int start, int end, String kind, @Nullable String speaker) {

        int length() {
            return Math.max(0, end - start);
        }
    }

    /**
     * Match counts, for one article or summed over many.
     *
     * @param gold gold quotations
     * @param predicted predicted quotations
     * @param exact exact span matches (true positives)
     * @param lenient lenient matches
     * @param kindCorrect exact matches whose kinds agree
     * @param statementsMatched exact matches whose gold kind is {@code statement}
     * @param speakerCorrect of those, the ones whose speakers agree
     * @param goldByKind for each gold kind, {@code [exactly matched, total]}
     */
    record Counts(int gold, int predicted, int exact, int lenient, int kindCorrect, int statementsMatched,
            int speakerCorrect, Map<String, int[]> goldByKind) {

        /** No quotations at all. */
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, Map.of());

        /** Returns the sum of these counts and {@code other}'s. */
        Counts plus(Counts other) {
            Map<String, int[]> byKind = new TreeMap<>();
            for (Map<String, int[]> m : List.of(goldByKind, other.goldByKind)) {
                m.forEach((k, v) -> {
                    int[] sum = byKind.computeIfAbsent(k, x -> new int[2]);
                    sum[0] += v[0];
                    sum[1] += v[1];
                });
            }
            return new Counts(gold + other.gold, predicted + other.predicted, exact + other.exact,
                    lenient + other.lenient, kindCorrect + other.kindCorrect,
                    statementsMatched + other.statementsMatched, speakerCorrect + other.speakerCorrect,
                    byKind);
        }

        /** Exact matches over predictions; 0 when nothing was predicted. */
        double precision() {
            return ratio(exact, predicted);
        }

        /** Exact matches over gold quotations; 0 when there are none. */
        double recall() {
            return ratio(exact, gold);
        }

        /** Harmonic mean of {@link #precision()} and {@link #recall()}; 0 when both are 0. */
        double f1() {
            return f1(precision(), recall());
        }

        double lenientPrecision() {
            return ratio(lenient, predicted);
        }

        double lenientRecall() {
            return ratio(lenient, gold);
        }

        double lenientF1() {
            return f1(lenientPrecision(), lenientRecall());
        }

        /** Share of exact matches with the right kind; 0 when there are none. */
        double kindAccuracy() {
            return ratio(kindCorrect, exact);
        }

        /** Share of exactly matched statements with the right speaker; 0 when there are none. */
        double speakerAccuracy() {
            return ratio(speakerCorrect, statementsMatched);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores one article's predictions against its gold quotations. */
    static Counts score(List<Item> gold, List<Item> predicted) {
        // Exact: one-to-one on identical spans, in prediction order.
        Map<Long, Deque<Integer>> goldBySpan = new HashMap<>();
        for (int g = 0; g < gold.size(); g++) {
            Item item = gold.get(g);
            if (item.start() >= 0) {
                goldBySpan.computeIfAbsent(key(item), k -> new ArrayDeque<>()).add(g);
            }
        }
        boolean[] goldMatched = new boolean[gold.size()];
        int exact = 0;
        int kindCorrect = 0;
        int statements = 0;
        int speakerCorrect = 0;
        for (Item p : predicted) {
            if (p.start() < 0) {
                continue;
            }
            Deque<Integer> candidates = goldBySpan.get(key(p));
            if (candidates == null || candidates.isEmpty()) {
                continue;
            }
            int g = candidates.poll();
            goldMatched[g] = true;
            Item gi = gold.get(g);
            exact++;
            if (gi.kind().equals(p.kind())) {
                kindCorrect++;
            }
            if (gi.kind().equals("statement")) {
                statements++;
                if (sameSpeaker(gi.speaker(), p.speaker())) {
                    speakerCorrect++;
                }
            }
        }
        Map<String, int[]> byKind = new TreeMap<>();
        for (int g = 0; g < gold.size(); g++) {
            int[] counts = byKind.computeIfAbsent(gold.get(g).kind(), k -> new int[2]);
            counts[1]++;
            if (goldMatched[g]) {
                counts[0]++;
            }
        }
        return new Counts(gold.size(), predicted.size(), exact, lenientMatches(gold, predicted), kindCorrect,
                statements, speakerCorrect, byKind);
    }

    /** Returns the number of lenient one-to-one matches, taken greedily by overlap ratio. */
    static int lenientMatches(List<Item> gold, List<Item> predicted) {
        record Pair(int g, int p, double ratio) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                double r = overlapRatio(gold.get(g), predicted.get(p));
                if (r >= LENIENT_OVERLAP) {
                    pairs.add(new Pair(g, p, r));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::ratio).reversed()
                .thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        boolean[] g = new boolean[gold.size()];
        boolean[] p = new boolean[predicted.size()];
        int matches = 0;
        for (Pair pair : pairs) {
            if (!g[pair.g()] && !p[pair.p()]) {
                g[pair.g()] = true;
                p[pair.p()] = true;
                matches++;
            }
        }
        return matches;
    }

    /** Returns the overlap of two spans as a share of the longer one (0 if either has no position). */
    static double overlapRatio(Item a, Item b) {
        if (a.start() < 0 || b.start() < 0) {
            return 0;
        }
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return a.start() == b.start() ? 1 : 0;
        }
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        return Math.max(0, overlap) / (double) longer;
    }

    /** Whether two speaker names agree: both absent, or equal ignoring case and runs of white space. */
    static boolean sameSpeaker(@Nullable String gold, @Nullable String predicted) {
        return Objects.equals(normalizeName(gold), normalizeName(predicted));
    }

    /** Returns the name trimmed, white space collapsed to one space and lower-cased; null if blank. */
    static @Nullable String normalizeName(@Nullable String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").toLowerCase(Locale.ROOT);
        return n.isEmpty() ? null : n;
    }

    private static long key(Item item) {
        return ((long) item.start() << 32) | (item.end() & 0xffffffffL);
    }
}
