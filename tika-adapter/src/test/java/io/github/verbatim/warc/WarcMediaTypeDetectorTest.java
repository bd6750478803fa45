package io.github.verbatim.warc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.read.ReaderRegistry;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web archives are known by their content, whatever their names say. */
class WarcMediaTypeDetectorTest {

    private final WarcMediaTypeDetector detector = new WarcMediaTypeDetector();

    @TempDir
    Path dir;

    @Test
    void knowsWarcGzippedWarcAndWaczByContent() throws Exception {
        Path warc = dir.resolve("a.bin");
        new WarcBuilder().warcinfo().write(warc, false);
        Path gz = dir.resolve("b.bin");
        new WarcBuilder().warcinfo().write(gz, true);
        Path wacz = dir.resolve("c.zip");
        Waczs.write(wacz, Map.of("archive/a.warc", warc));

        assertThat(detector.detect(warc, "a.bin")).contains("application/warc");
        assertThat(detector.detect(gz, "b.bin")).contains("application/warc+gz");
        assertThat(detector.detect(wacz, "c.zip")).contains("application/x-wacz");
        // Through the registry, as a bundle asks: this detector comes before Tika's.
        assertThat(ReaderRegistry.load().detect(gz, "crawl.gz")).isEqualTo("application/warc+gz");
    }

    @Test
    void leavesEverythingElseToOtherDetectors() throws Exception {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gzipped)) {
            z.write("just some text".getBytes());
        }
        Path gz = Files.write(dir.resolve("notes.warc.gz"), gzipped.toByteArray());
        Path zip = dir.resolve("fake.wacz");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w/>".getBytes());
        }
        Path text = Files.writeString(dir.resolve("crawl.warc"), "WARC is a format.");
        Path broken = Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThat(detector.detect(gz, "notes.warc.gz")).isEmpty();
        assertThat(detector.detect(zip, "fake.wacz")).isEmpty();
        assertThat(detector.detect(text, "crawl.warc")).isEmpty();
        assertThat(detector.detect(broken, "broken.zip")).isEmpty();
        assertThat(detector.detect(Files.write(dir.resolve("empty"), new byte[0]), "empty")).isEmpty();
    }
}
