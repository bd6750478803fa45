package io.github.verbatim.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Span;
import io.github.verbatim.read.PlainTextReader;
import io.github.verbatim.read.ReadException;
import io.github.verbatim.read.ReaderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The module as Verbatim Core finds it: through ServiceLoader, with nothing configured. */
@Timeout(60)
class ServiceLoaderIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void registryPicksTikaForPdfAndTheCoreReaderForPlainText() throws Exception {
        ReaderRegistry registry = ReaderRegistry.load();

        assertThat(registry.readerFor("application/pdf")).containsInstanceOf(TikaReader.class);
        assertThat(registry.readerFor("message/rfc822")).containsInstanceOf(TikaReader.class);
        assertThat(registry.readerFor("text/plain")).containsInstanceOf(PlainTextReader.class);
        assertThat(registry.readerFor("text/markdown")).containsInstanceOf(PlainTextReader.class);
        assertThat(registry.readerFor("application/octet-stream")).isEmpty();
        assertThat(ReaderRegistry.discoverDetectors()).hasExactlyElementsOfTypes(TikaMediaTypeDetector.class,
                io.github.verbatim.warc.WarcMediaTypeDetector.class);
        // Tika's detector answers first: content, not the name, makes this a PDF.
        assertThat(registry.detect(Fixtures.pdf(dir, "a.pdf"), "scan.bin")).isEqualTo("application/pdf");
    }

    @Test
    void extractsAPdfEndToEnd() throws Exception {
        Path file = Fixtures.pdf(dir, "bridge.pdf");

        Article article = Verbatim.create().extract(file);

        assertThat(article.id()).isEqualTo("sha256:" + Fixtures.sha256(file));
        assertThat(article.title()).isEqualTo("Bridge Vote Delayed");
        assertThat(article.authors()).containsExactly("Ada Lovelace");
        assertThat(article.published()).isEqualTo("2020-10-01T08:00:00Z");
        assertThat(article.text()).isEqualTo(Fixtures.PDF_PARAGRAPH_1 + "\n\n" + Fixtures.PDF_PARAGRAPH_2);
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.capture().mediaType()).isEqualTo("application/pdf");
        assertThat(article.capture().size()).isEqualTo(Files.size(file));
        assertThat(article.capture().archivedAs()).isEqualTo("data/originals/" + Fixtures.sha256(file) + ".pdf");
        assertThat(article.reader().name()).isEqualTo("tika");
        assertThat(article.provenance().get("title").method()).isEqualTo("tika:dc:title");
        assertThat(article.provenance().get("authors").method()).isEqualTo("tika:dc:creator");
        assertThat(article.provenance().get("published").method()).isEqualTo("tika:dcterms:created");
    }

    @Test
    void extractsADocxEndToEnd() throws Exception {
        Path file = Fixtures.docx(dir, "harbour.docx");

        Article article = Verbatim.create().extract(file);

        assertThat(article.id()).isEqualTo("sha256:" + Fixtures.sha256(file));
        assertThat(article.title()).isEqualTo("Harbour Reopens");
        assertThat(article.authors()).containsExactly("Grace Hopper");
        assertThat(article.published()).isEqualTo("2021-03-04T05:06:07Z");
        assertThat(article.paragraphs()).containsExactly(new Span(0, 31), new Span(33, 72), new Span(74, 97));
        assertThat(article.capture().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(article.reader().name()).isEqualTo("tika");
    }

    @Test
    void extractsAnEmailWithTheSendersNameAsAuthor() throws Exception {
        Path file = Fixtures.text(dir, "flood.eml", Fixtures.EML);

        Article article = Verbatim.create().extract(file);

        assertThat(article.title()).isEqualTo("Flood warning lifted");
        // Only the first method's values: the name, not also the address forms.
        assertThat(article.authors()).containsExactly("Jane Reporter");
        assertThat(article.published()).isEqualTo("2020-10-01T08:00:00Z");
    }

    @Test
    void extractsAnHtmlPageWithItsCanonicalUrl() throws Exception {
        Path file = Fixtures.text(dir, "library.html", Fixtures.HTML);

        Article article = Verbatim.create().extract(file);

        // HTML goes to the HTML reader, which prefers og:title to <title>.
        assertThat(article.reader().name()).isEqualTo("html");
        assertThat(article.title()).isEqualTo("Library Saved From Closure");
        assertThat(article.url()).isEqualTo("https://news.example.org/library");
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.publisher()).isNotNull();
        assertThat(article.publisher().name()).isEqualTo("Example News");
        assertThat(article.published()).isEqualTo("2022-05-06T07:08:09+01:00");
        assertThat(article.reader().charset()).isEqualTo("UTF-8");
    }

    @Test
    void plainTextStillGoesToTheCoreReader() throws Exception {
        Path file = Fixtures.text(dir, "note.txt", "Council Approves Bridge\n\nThe council voted on Tuesday.\n");

        Article article = Verbatim.create().extract(file);

        assertThat(article.reader().name()).isEqualTo("plain-text");
        assertThat(article.title()).isEqualTo("Council Approves Bridge");
    }

    @Test
    void aBadPdfFailsNamingTheInputAsGiven() throws Exception {
        Path file = Fixtures.encryptedPdf(dir, "locked.pdf");

        assertThatThrownBy(() -> Verbatim.create().extract(file))
                .isInstanceOf(ReadException.class)
                .hasMessage(file + ": encrypted application/pdf: it cannot be read without its password");
    }

    @Test
    void bundlingRecordsABinaryTxtAsAFailureAndReadsTheRest() throws Exception {
        Path inputs = Files.createDirectory(dir.resolve("inputs"));
        Path pdf = Fixtures.pdf(inputs, "bridge.pdf");
        Fixtures.text(inputs, "note.txt", "Council Approves Bridge\n\nThe council voted on Tuesday.\n");
        Path binary = Fixtures.randomBytes(inputs, "binary.txt", 4096);
        Fixtures.truncatedPdf(inputs, "cut.pdf");

        BundleResult result = Verbatim.create().bundle(List.of(inputs), dir.resolve("bundle"));

        assertThat(result.articles()).extracting(Article::id).containsExactlyInAnyOrder(
                "sha256:" + Fixtures.sha256(pdf),
                "sha256:" + Fixtures.sha256(inputs.resolve("note.txt")));
        assertThat(result.failures()).hasSize(2);
        Failure binaryFailure = result.failures().stream()
                .filter(f -> f.location().endsWith("binary.txt")).findFirst().orElseThrow();
        assertThat(binaryFailure.stage()).isEqualTo(Failure.Stage.READ);
        assertThat(binaryFailure.reason()).startsWith("binary data, not text: ").endsWith(" in the first 4096 bytes");
        assertThat(binaryFailure.sha256()).isEqualTo(Fixtures.sha256(binary));
        // Archived all the same, as binary data, not as .txt.
        assertThat(binaryFailure.archivedAs()).isEqualTo("data/originals/" + Fixtures.sha256(binary) + ".bin");
        assertThat(result.output().resolve(binaryFailure.archivedAs())).hasSameBinaryContentAs(binary);
        Failure cutFailure = result.failures().stream()
                .filter(f -> f.location().endsWith("cut.pdf")).findFirst().orElseThrow();
        assertThat(cutFailure.reason())
                .startsWith("cannot read it as application/pdf: the file is damaged, truncated or not in that format");
        assertThat(Verbatim.create().verify(result.output()).problems()).isEmpty();
    }
}
