package io.github.verbatim.warc;

import io.github.verbatim.capture.Container;
import io.github.verbatim.capture.ContainerReader;
import io.github.verbatim.capture.ContainerSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads WARC files (ISO 28500, uncompressed or gzip-compressed record by record) and WACZ files
 * into the pages they captured: each response record with a 2xx status whose payload could be an
 * article (HTML, PDF, text, Office documents; not images, style sheets or scripts) is a document.
 *
 * <table>
 * <caption>What becomes of each record</caption>
 * <tr><th>record</th><th>becomes</th></tr>
 * <tr><td>{@code response} with a 2xx status and an article type</td><td>a document: its HTTP
 *     payload, transfer coding removed and content coding (gzip, deflate) decoded; its origin is
 *     the target URI at the {@code WARC-Date}, with the response's status and headers and where
 *     the record is</td></tr>
 * <tr><td>{@code resource} of an article type</td><td>a document: its block</td></tr>
 * <tr><td>{@code revisit}</td><td>another origin of the document it revisits, where that is in
 *     the same WARC (or WACZ) file; listed as skipped, with the revisited record named,
 *     where it is not</td></tr>
 * <tr><td>{@code response} with another status or type, {@code request}, {@code metadata},
 *     {@code warcinfo}, {@code conversion}, {@code continuation}</td><td>counted in the container's
 *     summary</td></tr>
 * <tr><td>a record truncated by the crawler ({@code WARC-Truncated})</td><td>a document
 *     archived but not read: a failure says why</td></tr>
 * <tr><td>a damaged record: unparseable, cut off, not matching its block digest or its
 *     length</td><td>a failure naming the file and the record's offset; reading goes on at the
 *     next record</td></tr>
 * </table>
 *
 * <p>A WACZ file's WARC files (the entries under {@code archive/}) are read in name order; a
 * revisit may be resolved across them. The reader is safe to call from several threads.
 */
public final class WarcContainerReader implements ContainerReader {

    private static final Set<String> TYPES = Set.of(WarcMediaTypeDetector.WARC, WarcMediaTypeDetector.WARC_GZ,
            WarcMediaTypeDetector.WACZ);

    /** Creates the reader. */
    public WarcContainerReader() {
    }

    /** Returns {@code warc}. */
    @Override
    public String name() {
        return "warc";
    }

    /**
     * Returns whether the type is a WARC or WACZ file.
     *
     * @param mediaType a type without parameters
     * @return true for {@value WarcMediaTypeDetector#WARC}, {@value WarcMediaTypeDetector#WARC_GZ}
     *     and {@value WarcMediaTypeDetector#WACZ}
     */
    @Override
    public boolean reads(String mediaType) {
        return TYPES.contains(mediaType);
    }

    /**
     * Reads the records of a WARC file, or of every WARC file in a WACZ file.
     *
     * @param file the WARC or WACZ file
     * @param container how documents' locations name it
     * @param sink receives the documents
     * @throws IOException if the file is not a WARC or WACZ file at all
     */
    @Override
    public void read(Path file, Container container, ContainerSink sink) throws IOException {
        RecordIndex index = new RecordIndex();
        if (!container.mediaType().equals(WarcMediaTypeDetector.WACZ)) {
            new WarcFileReader(file, container.location(), container.location(), null, container.archivedAs(), sink,
                    index).read();
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<ZipEntry> warcs = WaczEntries.of(zip);
            if (warcs.isEmpty()) {
                throw new IOException("a zip without WARC files under archive/, so not a WACZ file");
            }
            for (ZipEntry entry : warcs) {
                String name = container.location() + "!" + entry.getName();
                Path scratch = sink.newFile();
                try {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, scratch);
                    }
                    new WarcFileReader(scratch, name, container.location(), entry.getName(), container.archivedAs(),
                            sink, index).read();
                } catch (IOException e) {
                    sink.failed(name, "cannot read it as a WARC file: " + WarcFileReader.problem(e));
                } finally {
                    Files.deleteIfExists(scratch);
                }
            }
        }
    }
}
