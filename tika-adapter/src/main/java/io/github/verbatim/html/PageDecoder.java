package io.github.verbatim.html;

import io.github.verbatim.read.ReadException;
import io.github.verbatim.text.BinaryContentException;
import io.github.verbatim.text.DecodedText;
import io.github.verbatim.text.TextDecoder;
import io.github.verbatim.text.Utf8Scan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.charsetdetector.StandardHtmlEncodingDetector;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of an HTML page as a browser would, and says how.
 *
 * <p>In order, as the HTML standard's encoding sniffing has it: a byte-order mark; the charset of
 * the HTTP {@code Content-Type}, where the capture knows one; a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type">} in the first 8 KiB (both through Tika's
 * {@link StandardHtmlEncodingDetector}, which maps labels as browsers do: {@code iso-8859-1} and
 * {@code us-ascii} are windows-1252, {@code gb2312} is GBK). With no declaration, valid UTF-8 is
 * UTF-8, UTF-16 without a mark is known by its zero bytes, and anything else goes to juniversalchardet
 * and then ICU4J (Tika's {@link UniversalEncodingDetector} and {@link Icu4jEncodingDetector}), fed the
 * page's text between tags rather than its markup; windows-1252 is the last resort.
 *
 * <p>Two declarations are overruled, each with a warning: a legacy single-byte charset declared for
 * bytes that are valid UTF-8 with multi-byte sequences (a page saved as UTF-8 that kept its old
 * {@code <meta>}; such bytes are almost never legacy text), and UTF-8 declared for bytes that are
 * mostly not UTF-8. Binary data is refused as Verbatim's plain-text reader refuses it.
 */
final class PageDecoder {

    /** How much text between tags the detectors get. */
    private static final int DETECTION_SAMPLE = 32 * 1024;
    /** As much as {@link TextDecoder} looks at to tell text from binary. */
    private static final int BINARY_SAMPLE = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Declared charsets that overrule nothing: one byte per character, any byte valid. */
    private static final Set<String> SINGLE_BYTE_PREFIXES = Set.of("iso-8859-", "windows-12", "koi8-", "ibm", "x-mac",
            "macintosh", "windows-874", "us-ascii");

    private PageDecoder() {
    }

    /**
     * The decoded page.
     *
     * @param html the characters
     * @param charset the encoding used, as Java names it
     * @param warnings what decoding noticed
     */
    record Decoded(String html, String charset, List<String> warnings) {
    }

    /**
     * Decodes the page.
     *
     * @param bytes the page's bytes, not empty
     * @param contentType the HTTP {@code Content-Type} the page was served with, or null
     * @param input the input's name, for the exception
     * @return the characters, the encoding and the warnings
     * @throws ReadException if the bytes are binary data
     */
    static Decoded decode(byte[] bytes, @Nullable String contentType, String input) throws ReadException {
        DecodedText head;
        try {
            head = TextDecoder.decode(Arrays.copyOf(bytes, Math.min(bytes.length, BINARY_SAMPLE)));
        } catch (BinaryContentException e) {
            throw new ReadException(input, e.getMessage() + " (the file is not an HTML page)", e);
        }
        List<String> warnings = new ArrayList<>();
        Charset charset;
        if (head.charset().startsWith("UTF-16") || head.charset().startsWith("UTF-32")) {
            // A byte-order mark, or zero bytes where a <meta> could not be read anyway.
            charset = Charset.forName(head.charset());
            warnings.addAll(head.warnings());
            return new Decoded(withoutBom(decode(bytes, charset, warnings)), charset.name(), warnings);
        }
        Charset declared = declared(bytes, contentType);
        Utf8Scan utf8 = Utf8Scan.of(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            if (utf8.invalid() == 0 && utf8.validMultiByte() > 0 && isSingleByte(declared)) {
                warnings.add("declared " + declared.name() + ", but the bytes are valid UTF-8 with "
                        + utf8.validMultiByte() + " multi-byte characters; read as UTF-8");
                charset = StandardCharsets.UTF_8;
            } else {
                charset = declared;
            }
        } else if (utf8.invalid() == 0 || declared != null && utf8.validMultiByte() >= utf8.invalid()) {
            charset = StandardCharsets.UTF_8;
        } else {
            charset = detected(bytes);
            warnings.add((declared == null ? "no charset declared" : "declared UTF-8")
                    + ", but not valid UTF-8 (" + utf8.invalid() + " invalid byte sequences); detected as "
                    + charset.name());
        }
        String html = charset.equals(StandardCharsets.UTF_8) && utf8.invalid() == 0
                ? new String(bytes, StandardCharsets.UTF_8) : decode(bytes, charset, warnings);
        return new Decoded(withoutBom(html), charset.name(), warnings);
    }

    private static String withoutBom(String html) {
        return !html.isEmpty() && html.charAt(0) == '\uFEFF' ? html.substring(1) : html;
    }

    /** Returns the charset the BOM, the Content-Type or a {@code <meta>} declares, or null. */
    private static @Nullable Charset declared(byte[] bytes, @Nullable String contentType) {
        Metadata metadata = new Metadata();
        if (contentType != null) {
            metadata.set(Metadata.CONTENT_TYPE, contentType);
        }
        try {
            return new StandardHtmlEncodingDetector().detect(new ByteArrayInputStream(bytes), metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory", e);
        }
    }

    private static boolean isSingleByte(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return SINGLE_BYTE_PREFIXES.stream().anyMatch(name::startsWith);
    }

    /** Guesses the encoding of undeclared, non-UTF-8 bytes from their text between tags. */
    private static Charset detected(byte[] bytes) {
        byte[] sample = textBetweenTags(bytes);
        for (EncodingDetector detector : List.of(new UniversalEncodingDetector(), new Icu4jEncodingDetector())) {
            try {
                Charset found = detector.detect(new ByteArrayInputStream(sample), new Metadata());
                if (found != null) {
                    return found.name().equalsIgnoreCase("ISO-8859-1") || found.name().equalsIgnoreCase("US-ASCII")
                            ? WINDOWS_1252 : found;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading bytes in memory", e);
            }
        }
        return WINDOWS_1252;
    }

    /**
     * Returns the runs of bytes between tags that hold a byte above ASCII, space-separated, up to
     * {@value #DETECTION_SAMPLE} bytes. {@code <} and {@code >} are single bytes that are never part
     * of a multi-byte character in the encodings detected here (Shift_JIS, GBK, Big5, EUC trail
     * bytes start at 0x40), so the runs are whole characters.
     */
    static byte[] textBetweenTags(byte[] bytes) {
        byte[] sample = new byte[Math.min(DETECTION_SAMPLE, bytes.length)];
        int n = 0;
        int i = 0;
        while (i < bytes.length && n < sample.length) {
            if (bytes[i] == '<') {
                while (i < bytes.length && bytes[i] != '>') {
                    i++;
                }
                i++;
                continue;
            }
            int start = i;
            boolean high = false;
            while (i < bytes.length && bytes[i] != '<') {
                high |= bytes[i] < 0;
                i++;
            }
            if (high) {
                int length = Math.min(i - start, sample.length - n - 1);
                if (length <= 0) {
                    break;
                }
                System.arraycopy(bytes, start, sample, n, length);
                n += length;
                sample[n++] = ' ';
            }
        }
        return n == 0 ? bytes : Arrays.copyOf(sample, n);
    }

    private static String decode(byte[] bytes, Charset charset, List<String> warnings) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException strictFailed) {
            String text = new String(bytes, charset);
            long replaced = text.chars().filter(c -> c == '\uFFFD').count();
            warnings.add(replaced + " byte sequence" + (replaced == 1 ? "" : "s") + " not valid in " + charset.name()
                    + " replaced by U+FFFD");
            return text;
        }
    }
}
