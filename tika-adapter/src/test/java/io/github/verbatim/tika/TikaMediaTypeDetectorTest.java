package io.github.verbatim.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class TikaMediaTypeDetectorTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    private final TikaMediaTypeDetector detector = new TikaMediaTypeDetector();

    @Test
    void detectsDocumentFormatsByContent() throws IOException {
        assertThat(detect(Fixtures.pdf(dir, "a.pdf"))).isEqualTo("application/pdf");
        assertThat(detect(Fixtures.docx(dir, "a.docx"))).isEqualTo(DOCX);
        assertThat(detect(Fixtures.epub(dir, "a.epub"))).isEqualTo("application/epub+zip");
        assertThat(detect(Fixtures.text(dir, "a.eml", Fixtures.EML))).isEqualTo("message/rfc822");
        assertThat(detect(Fixtures.text(dir, "a.rtf", Fixtures.RTF))).isEqualTo("application/rtf");
        assertThat(detect(Fixtures.text(dir, "a.html", Fixtures.HTML))).isEqualTo("text/html");
    }

    @Test
    void contentWinsOverAMisleadingName() throws IOException {
        Path docx = Fixtures.docx(dir, "a.docx");
        Path pdf = Fixtures.pdf(dir, "b.pdf");

        assertThat(detector.detect(docx, "download.bin")).contains(DOCX);
        assertThat(detector.detect(pdf, "article.txt")).contains("application/pdf");
        assertThat(detector.detect(docx, "")).contains(DOCX);
    }

    @Test
    void returnsTheTypeWithoutParameters() throws IOException {
        // Tika reports HTML with its charset, text/html; charset=UTF-8.
        assertThat(detect(Fixtures.text(dir, "page.htm", Fixtures.HTML))).isEqualTo("text/html");
    }

    /**
     * Tika alone calls random bytes named {@code .txt} text/plain: its content check says
     * application/octet-stream, and text/plain is a specialization of that, so the name wins. This
     * detector lets the content decide.
     */
    @Test
    void binaryDataNamedTxtIsNotText() throws IOException {
        Path file = Fixtures.randomBytes(dir, "notes.txt", 4096);

        assertThat(tikaAlone(file, "notes.txt")).isEqualTo("text/plain");
        assertThat(tikaAlone(file, null)).isEqualTo("application/octet-stream");
        assertThat(detect(file)).isEqualTo("application/octet-stream");
    }

    @Test
    void binaryDataNamedHtmlIsNotHtml() throws IOException {
        Path file = Fixtures.randomBytes(dir, "page.html", 4096);

        assertThat(tikaAlone(file, "page.html")).isEqualTo("text/html");
        assertThat(detect(file)).isEqualTo("application/octet-stream");
    }

    @Test
    void binaryDataNamedAsABinaryFormatKeepsTheNameSoTheReaderCanSayWhatIsWrong() throws IOException {
        assertThat(detect(Fixtures.randomBytes(dir, "report.docx", 4096))).isEqualTo(DOCX);
        assertThat(detect(Fixtures.randomBytes(dir, "report.pdf", 4096))).isEqualTo("application/pdf");
    }

    @Test
    void textTikaCannotTellFromBinaryIsTextAsVerbatimReadsIt() throws IOException {
        // UTF-16 without a byte-order mark: Tika's content check sees NUL bytes, Verbatim's decoder reads it.
        Path utf16 = Files.write(dir.resolve("utf16.txt"),
                "Plain words in UTF-16, no mark.\n".repeat(20).getBytes(StandardCharsets.UTF_16LE));
        // Windows-1251 Cyrillic without a name: neither ASCII nor UTF-8.
        Path cyrillic = Files.write(dir.resolve("statya"),
                "Новости дня: мост откроют весной.\n".repeat(20).getBytes(Charset.forName("windows-1251")));

        assertThat(tikaAlone(utf16, null)).isEqualTo("application/octet-stream");
        assertThat(detect(utf16)).isEqualTo("text/plain");
        assertThat(detect(cyrillic)).isEqualTo("text/plain");
    }

    @Test
    void plainTextFamiliesGoToThePlainTextReader() throws IOException {
        String text = "# Heading\n\nSome words.\n";

        assertThat(detect(Fixtures.text(dir, "a.txt", text))).isEqualTo("text/plain");
        assertThat(detect(Fixtures.text(dir, "a.md", text))).isEqualTo("text/markdown");
        assertThat(detect(Fixtures.text(dir, "a.markdown", text))).isEqualTo("text/markdown");
        assertThat(detect(Fixtures.text(dir, "server.log", text))).isEqualTo("text/plain");
        assertThat(detect(Fixtures.text(dir, "notes", text))).isEqualTo("text/plain");
    }

    @Test
    void emptyFilesFollowTheirName() throws IOException {
        assertThat(detect(Files.write(dir.resolve("empty.txt"), new byte[0]))).isEqualTo("text/plain");
        assertThat(detect(Files.write(dir.resolve("empty.pdf"), new byte[0]))).isEqualTo("application/pdf");
    }

    @Test
    void ranksAboveTheBasicDetector() {
        assertThat(detector.priority()).isEqualTo(100);
    }

    private String detect(Path file) throws IOException {
        Optional<String> type = detector.detect(file, file.getFileName().toString());
        assertThat(type).isPresent();
        return type.orElseThrow();
    }

    /** Returns what Tika's own default detector says, with or without the name. */
    private static String tikaAlone(Path file, String name) throws IOException {
        Detector tika = TikaConfig.getDefaultConfig().getDetector();
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return tika.detect(in, metadata).getBaseType().toString();
        }
    }
}
