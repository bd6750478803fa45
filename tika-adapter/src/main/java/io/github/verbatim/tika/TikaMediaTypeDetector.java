package io.github.verbatim.tika;

import io.github.verbatim.read.MediaTypeDetector;
import io.github.verbatim.text.BinaryContentException;
import io.github.verbatim.text.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Detects media types with Apache Tika: magic numbers and container inspection (the parts of a
 * zip tell DOCX from ODT from EPUB), with the file name as a hint.
 *
 * <p>Whether bytes are text is decided as Verbatim's plain-text reader decides it
 * ({@link TextDecoder}), not by the name: where Tika's answer rests on a text type (or on
 * {@code application/octet-stream}, Tika's "not text and no known format"), the first 64 KiB are
 * checked, and binary data is {@code application/octet-stream} whatever its name says. (Tika alone
 * calls random bytes named {@code notes.txt} {@code text/plain}, and random bytes named
 * {@code page.html} {@code text/html}.) Text Tika has no format for, and text types Tika would
 * read only as plain text ({@code text/x-log}, …), are {@code text/plain}; Markdown is
 * {@code text/markdown}. So every text file goes to Verbatim's own plain-text reader, as it does
 * without this module, and the types Tika's reader gets are the formats it parses.
 *
 * <p>For binary formats the name is kept as a hint: random bytes named {@code report.pdf} are
 * {@code application/pdf}, and reading them fails with a message that says what is wrong.
 */
public final class TikaMediaTypeDetector implements MediaTypeDetector {

    /** This detector's rank, above Verbatim's basic detector. */
    public static final int PRIORITY = 100;

    private static final String OCTET_STREAM = MediaType.OCTET_STREAM.toString();
    /** As much as {@link TextDecoder} looks at to tell text from binary. */
    private static final int TEXT_SAMPLE = 64 * 1024;

    /** Creates the detector; Tika's configuration is loaded on first use and shared. */
    public TikaMediaTypeDetector() {
    }

    /**
     * Detects the media type.
     *
     * @param file the bytes
     * @param name the name the bytes came under, a hint for Tika
     * @return the base type without parameters, such as {@code application/pdf}; never empty, as
     *     Tika always answers ({@code application/octet-stream} for unknown binary data)
     * @throws IOException if the file cannot be read
     */
    @Override
    public Optional<String> detect(Path file, String name) throws IOException {
        Metadata metadata = new Metadata();
        if (!name.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = TikaSupport.REGISTRY.normalize(TikaSupport.DETECTOR.detect(in, metadata).getBaseType());
        }
        if (type.equals(MediaType.OCTET_STREAM) || TikaSupport.isTextBased(type)) {
            if (!isText(file)) {
                return Optional.of(OCTET_STREAM);
            }
            if (type.equals(MediaType.OCTET_STREAM)) {
                return Optional.of(MediaType.TEXT_PLAIN.toString());
            }
            if (type.getSubtype().equals("x-web-markdown") || type.equals(TikaSupport.MARKDOWN)) {
                return Optional.of(TikaSupport.MARKDOWN.toString());
            }
            if (TikaSupport.isPlainText(type)) {
                return Optional.of(MediaType.TEXT_PLAIN.toString());
            }
        }
        return Optional.of(type.toString());
    }

    /** Returns {@value #PRIORITY}: asked before Verbatim's basic detector. */
    @Override
    public int priority() {
        return PRIORITY;
    }

    /** Returns whether Verbatim's text decoder takes the start of the file for text (an empty file is text). */
    private static boolean isText(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TEXT_SAMPLE);
        }
        try {
            TextDecoder.decode(head);
            return true;
        } catch (BinaryContentException e) {
            return false;
        }
    }
}
