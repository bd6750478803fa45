package io.github.verbatim.html.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void tokensAreUnicodeWordRunsAsPythonReadsThem() {
        assertThat(ShingleScore.tokens("“It’s café_time,” she said — 3½ times!"))
                .containsExactly("It", "s", "café_time", "she", "said", "3½", "times");
        // Combining marks are not word characters in Python: Hindi splits at its vowel signs.
        assertThat(ShingleScore.tokens("हिन्दी")).containsExactly("ह", "न", "द");
        assertThat(ShingleScore.tokens("東京で会議")).containsExactly("東京で会議");
    }

    @Test
    void shinglesAreFourTokenWindowsWithMultiplicityAndShortTextsAreOneShingle() {
        assertThat(ShingleScore.shingles("a b c d e")).isEqualTo(Map.of("a b c d", 1, "b c d e", 1));
        assertThat(ShingleScore.shingles("a b c d a b c d")).containsEntry("a b c d", 2).hasSize(4);
        assertThat(ShingleScore.shingles("two words")).isEqualTo(Map.of("two words", 1));
        assertThat(ShingleScore.shingles(" ... ")).isEmpty();
    }

    @Test
    void aPageCountsSharedAndExtraShinglesNormalizedToOne() {
        // truth: a b c d e f -> abcd bcde cdef; predicted: a b c d e x -> abcd bcde cdex.
        ShingleScore.Counts c = ShingleScore.page("a b c d e f", "a b c d e x");

        assertThat(c.tp()).isCloseTo(2.0 / 4, within(1e-12));
        assertThat(c.fp()).isCloseTo(1.0 / 4, within(1e-12));
        assertThat(c.fn()).isCloseTo(1.0 / 4, within(1e-12));
        assertThat(ShingleScore.page("", "")).isEqualTo(new ShingleScore.Counts(0, 0, 0));
    }

    @Test
    void precisionAndRecallAreAveragedOverPagesWithADenominatorAndF1IsTheirHarmonicMean() {
        Map<String, String> truth = Map.of(
                "p1", "a b c d e f",      // predicted with one wrong word: P = R = 2/3
                "p2", "g h i j",          // nothing predicted: recall 0, no precision
                "p3", "");                // nothing true, nothing predicted: neither
        Map<String, String> predicted = Map.of("p1", "a b c d e x", "p3", "");

        ShingleScore.Result r = ShingleScore.score(truth, predicted);

        assertThat(r.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.recall()).isCloseTo((2.0 / 3 + 0) / 2, within(1e-12));
        double p = 2.0 / 3;
        double rec = 1.0 / 3;
        assertThat(r.f1()).isCloseTo(2 * p * rec / (p + rec), within(1e-12));
        assertThat(List.of(r.precision(), r.recall(), r.f1())).allMatch(v -> v >= 0 && v <= 1);
    }
}
