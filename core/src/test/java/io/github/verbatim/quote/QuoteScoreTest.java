package io.github.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.verbatim.quote.QuoteScore.Counts;
import io.github.verbatim.quote.QuoteScore.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring arithmetic, checked by hand on tiny examples. */
class QuoteScoreTest {

    private static final double EPS = 1e-9;

    /*
     * Gold (4):                          Predicted (5):
     *  g0 [10, 20) statement "Ann Lee"    p0 [10, 20) statement "ann  lee"  exact; kind ok; speaker ok
     *  g1 [30, 40) partial   null         p1 [30, 40) statement null        exact; kind wrong
     *  g2 [50, 70) statement "Bo"         p2 [52, 70) statement "Bo"        18 of 20 overlap: lenient only
     *  g3 [80, 90) title     null         p3 [100, 110) other null          nothing
     *                                     p4 [10, 20) statement "Ann Lee"   same span again: false positive
     */
    private static final List<Item> GOLD = List.of(
            new Item(10, 20, "statement", "Ann Lee"),
            new Item(30, 40, "partial", null),
            new Item(50, 70, "statement", "Bo"),
            new Item(80, 90, "title", null));
    private static final List<Item> PREDICTED = List.of(
            new Item(10, 20, "statement", "ann  lee"),
            new Item(30, 40, "statement", null),
            new Item(52, 70, "statement", "Bo"),
            new Item(100, 110, "other", null),
            new Item(10, 20, "statement", "Ann Lee"));

    @Test
    void exactPrecisionRecallAndF1ByHand() {
        Counts c = QuoteScore.score(GOLD, PREDICTED);

        assertThat(c.gold()).isEqualTo(4);
        assertThat(c.predicted()).isEqualTo(5);
        assertThat(c.exact()).isEqualTo(2);
        // P = 2/5, R = 2/4, F1 = 2PR/(P+R) = 2 * 0.4 * 0.5 / 0.9 = 4/9.
        assertThat(c.precision()).isCloseTo(0.4, within(EPS));
        assertThat(c.recall()).isCloseTo(0.5, within(EPS));
        assertThat(c.f1()).isCloseTo(4.0 / 9, within(EPS));
    }

    @Test
    void lenientMatchingCountsLargeOverlapsOnceEach() {
        Counts c = QuoteScore.score(GOLD, PREDICTED);

        // g0-p0 (or p4, but only one of them), g1-p1, g2-p2: 3 matches.
        assertThat(c.lenient()).isEqualTo(3);
        assertThat(c.lenientPrecision()).isCloseTo(3.0 / 5, within(EPS));
        assertThat(c.lenientRecall()).isCloseTo(3.0 / 4, within(EPS));
        assertThat(c.lenientF1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(EPS));
    }

    @Test
    void kindAndSpeakerAccuracyOnExactMatchesOnly() {
        Counts c = QuoteScore.score(GOLD, PREDICTED);

        // Exact matches g0 (kind right) and g1 (kind wrong): 1/2.
        assertThat(c.kindCorrect()).isEqualTo(1);
        assertThat(c.kindAccuracy()).isCloseTo(0.5, within(EPS));
        // Statements among exact matches: g0 only (g2 is matched leniently, which does not count).
        assertThat(c.statementsMatched()).isEqualTo(1);
        assertThat(c.speakerCorrect()).isEqualTo(1);
        assertThat(c.speakerAccuracy()).isCloseTo(1.0, within(EPS));
        // Recall by gold kind: statement 1 of 2, partial 1 of 1, title 0 of 1.
        assertThat(c.goldByKind().get("statement")).containsExactly(1, 2);
        assertThat(c.goldByKind().get("partial")).containsExactly(1, 1);
        assertThat(c.goldByKind().get("title")).containsExactly(0, 1);
    }

    @Test
    void speakersAgreeIgnoringCaseAndWhiteSpaceAndDisagreeWhenOneSideIsNull() {
        assertThat(QuoteScore.sameSpeaker("Chrissy Teigen", " chrissy\u00A0 TEIGEN\n")).isTrue();
        assertThat(QuoteScore.sameSpeaker(null, null)).isTrue();
        assertThat(QuoteScore.sameSpeaker("Chrissy Teigen", null)).isFalse();
        assertThat(QuoteScore.sameSpeaker(null, "Teigen")).isFalse();
        assertThat(QuoteScore.sameSpeaker("Chrissy Teigen", "Teigen")).isFalse();

        List<Item> gold = List.of(new Item(0, 5, "statement", null), new Item(10, 15, "statement", "Jo"));
        List<Item> predicted = List.of(new Item(0, 5, "statement", "Jo"), new Item(10, 15, "statement", null));
        Counts c = QuoteScore.score(gold, predicted);
        assertThat(c.statementsMatched()).isEqualTo(2);
        assertThat(c.speakerCorrect()).isZero();
    }

    @Test
    void countsAddUpToMicroAverages() {
        Counts a = QuoteScore.score(GOLD, PREDICTED);
        Counts b = QuoteScore.score(List.of(new Item(0, 4, "title", null)), List.of(new Item(0, 4, "title", null)));
        Counts sum = Counts.ZERO.plus(a).plus(b);

        assertThat(sum.gold()).isEqualTo(5);
        assertThat(sum.predicted()).isEqualTo(6);
        assertThat(sum.exact()).isEqualTo(3);
        assertThat(sum.precision()).isCloseTo(0.5, within(EPS));
        assertThat(sum.recall()).isCloseTo(0.6, within(EPS));
        assertThat(sum.f1()).isCloseTo(2 * 0.5 * 0.6 / 1.1, within(EPS));
        assertThat(sum.goldByKind().get("title")).containsExactly(1, 2);
    }

    @Test
    void nothingPredictedScoresZeroWithoutDividingByZero() {
        Counts c = QuoteScore.score(GOLD, List.of());

        assertThat(c.precision()).isZero();
        assertThat(c.recall()).isZero();
        assertThat(c.f1()).isZero();
        assertThat(c.lenientF1()).isZero();
        assertThat(c.kindAccuracy()).isZero();
        assertThat(c.speakerAccuracy()).isZero();
        assertThat(Counts.ZERO.f1()).isZero();
    }

    @Test
    void overlapIsAShareOfTheLongerSpanAndPredictionsWithoutPositionMatchNothing() {
        assertThat(QuoteScore.overlapRatio(new Item(0, 10, "partial", null), new Item(5, 10, "partial", null)))
                .isCloseTo(0.5, within(EPS));
        assertThat(QuoteScore.overlapRatio(new Item(0, 10, "partial", null), new Item(6, 10, "partial", null)))
                .isCloseTo(0.4, within(EPS));
        assertThat(QuoteScore.overlapRatio(new Item(0, 10, "partial", null), new Item(10, 20, "partial", null)))
                .isZero();

        Counts c = QuoteScore.score(List.of(new Item(0, 10, "statement", null)),
                List.of(new Item(-1, -1, "statement", null)));
        assertThat(c.exact()).isZero();
        assertThat(c.lenient()).isZero();
        assertThat(c.predicted()).isEqualTo(1);
    }
}
