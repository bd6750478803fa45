package io.github.verbatim.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes bytes that are meant to be text, never failing on bad bytes.
 *
 * <p>In order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); UTF-16 without a mark is
 * recognized by its zero bytes; bytes with many NULs or control characters are refused as binary;
 * valid UTF-8 is UTF-8; UTF-8 with a few broken sequences among many good ones is UTF-8 with the
 * broken bytes replaced by U+FFFD and reported; anything else is read as windows-1252 and reported
 * as a guess. Every replacement and guess is a warning in the result.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /** How much of the input the binary and UTF-16 checks look at. */
    private static final int SAMPLE = 64 * 1024;

    private TextDecoder() {
    }

    /**
     * Decodes the bytes.
     *
     * @param bytes the bytes
     * @return the characters with the encoding used and any warnings
     * @throws BinaryContentException if the bytes are binary data rather than text
     */
    public static DecodedText decode(byte[] bytes) throws BinaryContentException {
        int n = bytes.length;
        if (n >= 4 && (bytes[0] & 0xFF) == 0x00 && (bytes[1] & 0xFF) == 0x00 && (bytes[2] & 0xFF) == 0xFE
                && (bytes[3] & 0xFF) == 0xFF) {
            return decodeWith(bytes, 4, UTF_32BE, "UTF-32BE");
        }
        if (n >= 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
            return decodeWith(bytes, 4, UTF_32LE, "UTF-32LE");
        }
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            checkNotBinary(bytes, 3);
            return decodeWith(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            DecodedText decoded = decodeWith(bytes, 0, utf16, utf16.name());
            List<String> warnings = new ArrayList<>(decoded.warnings());
            warnings.add(0, "no byte-order mark; recognized as " + utf16.name() + " by its zero bytes");
            return new DecodedText(decoded.text(), decoded.charset(), warnings);
        }
        checkNotBinary(bytes, 0);

        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.invalid() == 0) {
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8", List.of());
        }
        if (scan.validMultiByte() >= scan.invalid()) {
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8",
                    List.of(scan.invalid() + " invalid UTF-8 byte sequence" + (scan.invalid() == 1 ? "" : "s")
                            + " (first at byte " + scan.firstInvalid() + ") replaced by U+FFFD"));
        }
        List<String> warnings = new ArrayList<>();
        warnings.add("not valid UTF-8 (" + scan.invalid() + " invalid byte sequence" + (scan.invalid() == 1 ? "" : "s")
                + ", first at byte " + scan.firstInvalid() + "); decoded as windows-1252, a guess");
        DecodedText decoded = decodeWith(bytes, 0, WINDOWS_1252, "windows-1252");
        warnings.addAll(decoded.warnings());
        return new DecodedText(decoded.text(), decoded.charset(), warnings);
    }

    private static DecodedText decodeWith(byte[] bytes, int offset, Charset charset, String name) {
        CharsetDecoder strict = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new DecodedText(strict.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString(),
                    name, List.of());
        } catch (CharacterCodingException strictFailed) {
            String text = new String(bytes, offset, bytes.length - offset, charset);
            long replaced = text.chars().filter(c -> c == '\uFFFD').count();
            return new DecodedText(text, name, List.of(replaced + " byte sequence" + (replaced == 1 ? "" : "s")
                    + " not valid in " + name + " replaced by U+FFFD"));
        }
    }

    /** Refuses bytes with NULs or control characters that text does not have. */
    private static void checkNotBinary(byte[] bytes, int offset) throws BinaryContentException {
        int end = Math.min(bytes.length, offset + SAMPLE);
        int nul = 0;
        int control = 0;
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
                control++;
            }
        }
        int sample = end - offset;
        if (sample > 0 && (nul + control) * 50L > sample) {
            throw new BinaryContentException("binary data, not text: " + nul + " NUL and " + control
                    + " other control bytes in the first " + sample + " bytes");
        }
    }

    /** Returns UTF-16BE or UTF-16LE if every other byte of the sample is mostly zero, else null. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int end = Math.min(bytes.length, SAMPLE) & ~1;
        if (end < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < end; i += 2) {
            if (bytes[i] == 0) {
                evenZero++;
            }
            if (bytes[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = end / 2;
        if (evenZero * 10 >= pairs * 7 && oddZero * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZero * 10 >= pairs * 7 && evenZero * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }
}
