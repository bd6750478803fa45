package io.github.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String QUOTE = "“We are shocked,” wrote Teigen — it’s “Jack.” Ça va, naïve résumé.";

    @Test
    void validUtf8IsUtf8WithoutWarnings() throws Exception {
        DecodedText decoded = TextDecoder.decode(QUOTE.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(QUOTE);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.warnings()).isEmpty();
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        byte[] body = QUOTE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        DecodedText decoded = TextDecoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo(QUOTE);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf16WithAndWithoutByteOrderMark() throws Exception {
        byte[] le = ("\uFEFF" + QUOTE).getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(le).text()).isEqualTo(QUOTE);
        assertThat(TextDecoder.decode(le).charset()).isEqualTo("UTF-16LE");

        byte[] be = QUOTE.getBytes(StandardCharsets.UTF_16BE);
        DecodedText decoded = TextDecoder.decode(be);
        assertThat(decoded.text()).isEqualTo(QUOTE);
        assertThat(decoded.charset()).isEqualTo("UTF-16BE");
        assertThat(decoded.warnings()).containsExactly("no byte-order mark; recognized as UTF-16BE by its zero bytes");
    }

    @Test
    void windows1252IsRecognizedAsAGuessAndReported() throws Exception {
        byte[] bytes = QUOTE.getBytes(Charset.forName("windows-1252"));
        DecodedText decoded = TextDecoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo(QUOTE);
        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoded.warnings()).singleElement().asString()
                .startsWith("not valid UTF-8 (").contains("first at byte 0").endsWith("decoded as windows-1252, a guess");
    }

    @Test
    void aFewBrokenBytesInUtf8AreReplacedAndReported() throws Exception {
        byte[] good = QUOTE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = good.clone();
        int at = QUOTE.substring(0, QUOTE.indexOf("wrote")).getBytes(StandardCharsets.UTF_8).length;
        bytes[at] = (byte) 0xFF;
        DecodedText decoded = TextDecoder.decode(bytes);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.text()).isEqualTo(QUOTE.replace("wrote", "\uFFFDrote"));
        assertThat(decoded.warnings()).containsExactly(
                "1 invalid UTF-8 byte sequence (first at byte " + at + ") replaced by U+FFFD");
    }

    @Test
    void truncatedMultiByteSequenceAtTheEndNeverCrashes() throws Exception {
        byte[] good = "Teigen — ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length - 2);
        DecodedText decoded = TextDecoder.decode(bytes);
        assertThat(decoded.text()).startsWith("Teigen ");
        assertThat(decoded.warnings()).isNotEmpty();
    }

    @Test
    void binaryDataIsRefusedWithItsEvidence() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(BinaryContentException.class)
                .hasMessageStartingWith("binary data, not text: ")
                .hasMessageContaining("in the first 4096 bytes");
    }

    @Test
    void escapeAndFormFeedAreText() throws Exception {
        DecodedText decoded = TextDecoder.decode("page one\fpage two \u001B[1mbold".getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo("page one\fpage two \u001B[1mbold");
    }
}
