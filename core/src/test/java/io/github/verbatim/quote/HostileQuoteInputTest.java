package io.github.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Quote;
import io.github.verbatim.text.NormalizedText;
import io.github.verbatim.text.ParagraphSplitter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text made to hurt a quote extractor: it must finish (a generous bound guards against quadratic
 * work or runaway recursion; this is not a speed measurement) and give sane results.
 */
class HostileQuoteInputTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private static List<Quote> extract(String text) {
        NormalizedText normalized = NormalizedText.of(text);
        return new QuoteExtractor().extract(new ArticleText(normalized, "sha256:" + "0".repeat(64),
                ParagraphSplitter.split(normalized, 0)), List.of());
    }

    @Test
    void aMegabyteOfOpeningMarksNestsNoDeeperThanTheLimit() {
        String text = "“a ".repeat(350_000);
        List<Quote> quotes = assertTimeoutPreemptively(BOUND, () -> extract(text));
        assertThat(depth(quotes)).isLessThanOrEqualTo(QuoteScanner.MAX_DEPTH);
    }

    @Test
    void aMegabyteOfQuotesAndAttributionsInOneParagraph() {
        String text = "Jane Doe spoke. “We are here,” she said. ".repeat(25_000);
        List<Quote> quotes = assertTimeoutPreemptively(BOUND, () -> extract(text));
        assertThat(quotes).hasSize(25_000);
        assertThat(quotes.get(24_999).speaker().name()).isEqualTo("Jane Doe");
    }

    @Test
    void aMegabyteOfPossessivesInsideAnOpenQuote() {
        String text = "'" + "the babies' names ".repeat(60_000);
        assertTimeoutPreemptively(BOUND, () -> extract(text));
    }

    @Test
    void aMegabyteOfStraightMarksAndApostrophes() {
        String text = "\"'\"' it's '90s \" ' ".repeat(60_000);
        assertTimeoutPreemptively(BOUND, () -> extract(text));
    }

    @Test
    void manyParagraphsEachReopeningAQuote() {
        String text = "She said: 'start\n\n" + "'more of it\n\n".repeat(50_000) + "'end.'";
        List<Quote> quotes = assertTimeoutPreemptively(BOUND, () -> extract(text));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("start\n\n'more of it").endsWith("'end.");
            assertThat(q.provenance().method()).isEqualTo("quote:marks+multi-paragraph");
        });
    }

    private static int depth(List<Quote> quotes) {
        int max = 0;
        for (Quote q : quotes) {
            max = Math.max(max, 1 + depth(q.nested()));
        }
        return max;
    }
}
