package io.github.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.TextQuoteSelector;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    // From seed 003: the tweet embed with five supplementary-plane hearts.
    private static final String TWEET = "We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k — John Legend (@johnlegend)";

    @Test
    void countsCodePointsNotUtf16Chars() {
        NormalizedText text = NormalizedText.of(TWEET);
        assertThat(TWEET.length()).isEqualTo(TWEET.codePointCount(0, TWEET.length()) + 5);
        assertThat(text.length()).isEqualTo(TWEET.codePointCount(0, TWEET.length()));
    }

    @Test
    void convertsBetweenCharIndexAndCodePointOffset() {
        NormalizedText text = NormalizedText.of(TWEET);
        int urlChar = TWEET.indexOf("https");
        int urlCodePoint = text.codePointOffset(urlChar);
        assertThat(urlCodePoint).isEqualTo(urlChar - 5);
        assertThat(text.charIndex(urlCodePoint)).isEqualTo(urlChar);
        assertThat(text.slice(urlCodePoint, urlCodePoint + 23)).isEqualTo("https://t.co/ySFzJB5e6k");
        // Every code-point offset maps to a char index and back.
        for (int cp = 0; cp <= text.length(); cp++) {
            assertThat(text.codePointOffset(text.charIndex(cp))).isEqualTo(cp);
        }
    }

    @Test
    void slicesWholeSupplementaryCharacters() {
        NormalizedText text = NormalizedText.of(TWEET);
        int heart = text.codePointOffset(TWEET.indexOf("🖤"));
        assertThat(heart).isEqualTo(18);
        assertThat(text.slice(heart, heart + 2)).isEqualTo("🖤🖤");
    }

    @Test
    void quoteSelectorKeepsThirtyTwoCodePointsOfContext() {
        NormalizedText text = NormalizedText.of(TWEET);
        int start = text.codePointOffset(TWEET.indexOf("John Legend"));
        TextQuoteSelector quote = text.quoteSelector(start, start + 11);
        assertThat(quote.exact()).isEqualTo("John Legend");
        assertThat(quote.prefix()).isEqualTo("🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k — ");
        assertThat(quote.prefix().codePointCount(0, quote.prefix().length())).isEqualTo(32);
        assertThat(quote.suffix()).isEqualTo(" (@johnlegend)");
    }

    @Test
    void provenanceCarriesBothSelectors() {
        NormalizedText text = NormalizedText.of("said Teigen.");
        Provenance p = text.provenance("sha256:" + "0".repeat(64), 5, 11, "test:rule", "test", 0.5);
        assertThat(p.position().start()).isEqualTo(5);
        assertThat(p.position().end()).isEqualTo(11);
        assertThat(p.quote().exact()).isEqualTo("Teigen");
        assertThat(p.quote().prefix()).isEqualTo("said ");
        assertThat(p.quote().suffix()).isEqualTo(".");
    }

    @Test
    void refusesOffsetsOutsideTheText() {
        NormalizedText text = NormalizedText.of("abc");
        assertThatThrownBy(() -> text.slice(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> text.positionSelector(0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
