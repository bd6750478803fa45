package io.github.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void crlfAndCrBecomeLf() {
        assertThat(TextNormalizer.normalize("one\r\ntwo\rthree\n")).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void composesToNfc() {
        String decomposed = "Beyonce\u0301 cafe\u0301";
        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Beyoncé café");
    }

    @Test
    void dropsALeadingByteOrderMarkOnly() {
        assertThat(TextNormalizer.normalize("\uFEFFa\uFEFFb")).isEqualTo("a\uFEFFb");
    }

    @Test
    void returnsNormalizedTextUnchanged() {
        String text = "“We are shocked,” wrote Teigen.\n\nIt’s unclear.";
        assertThat(TextNormalizer.normalize(text)).isSameAs(text);
    }
}
