package io.github.verbatim.warc;

import io.github.verbatim.read.MediaTypeDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Recognizes web archives by their content, whatever their names: a WARC file
 * ({@value #WARC}), a WARC file compressed record by record with gzip ({@value #WARC_GZ}) and a
 * WACZ file ({@value #WACZ}: a zip with a {@code datapackage.json} and WARC files under
 * {@code archive/}). Anything else it leaves to other detectors.
 */
public final class WarcMediaTypeDetector implements MediaTypeDetector {

    /** The media type of a WARC file. */
    public static final String WARC = "application/warc";
    /** The media type of a gzip-compressed WARC file, as Apache Tika names it. */
    public static final String WARC_GZ = "application/warc+gz";
    /** The media type of a WACZ file, as Apache Tika names it. */
    public static final String WACZ = "application/x-wacz";
    /** This detector's rank: above Tika's, which knows WARC files by name only once compressed. */
    public static final int PRIORITY = 200;

    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    /** Creates the detector. */
    public WarcMediaTypeDetector() {
    }

    /**
     * Detects a web archive.
     *
     * @param file the bytes
     * @param name not used: content decides
     * @return {@value #WARC}, {@value #WARC_GZ} or {@value #WACZ}, or empty for anything else
     * @throws IOException if the file cannot be read
     */
    @Override
    public Optional<String> detect(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAGIC.length);
        }
        if (Arrays.equals(head, MAGIC)) {
            return Optional.of(WARC);
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b && head[2] == 8) {
            return gzippedWarc(file) ? Optional.of(WARC_GZ) : Optional.empty();
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return wacz(file) ? Optional.of(WACZ) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Returns {@value #PRIORITY}. */
    @Override
    public int priority() {
        return PRIORITY;
    }

    private static boolean gzippedWarc(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean wacz(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("datapackage.json") != null
                    && zip.stream().anyMatch(e -> WaczEntries.isWarc(e.getName()));
        } catch (ZipException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
