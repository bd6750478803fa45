package io.github.verbatim.tika;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.ReaderReport;
import io.github.verbatim.model.Span;
import io.github.verbatim.read.Document;
import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import io.github.verbatim.read.ReadException;
import io.github.verbatim.text.NormalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class TikaReaderTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    private final TikaReader reader = new TikaReader();

    @Test
    void readsPdfTextParagraphsAndMetadata() throws Exception {
        Path file = Fixtures.pdf(dir, "bridge.pdf");
        Capture capture = Fixtures.capture(file, PDF);

        Document doc = reader.read(file, capture);

        String expected = Fixtures.PDF_PARAGRAPH_1 + "\n\n" + Fixtures.PDF_PARAGRAPH_2;
        assertThat(doc.text()).isEqualTo(expected);
        int secondStart = Fixtures.PDF_PARAGRAPH_1.length() + 2;
        assertThat(doc.paragraphs()).containsExactly(
                new Span(0, Fixtures.PDF_PARAGRAPH_1.length()), new Span(secondStart, expected.length()));
        assertThat(fields(doc)).containsExactly(
                tuple(MetadataField.TITLE, "Bridge Vote Delayed", "tika:dc:title"),
                tuple(MetadataField.AUTHOR, "Ada Lovelace", "tika:dc:creator"),
                tuple(MetadataField.PUBLISHED, "2020-10-01T08:00:00Z", "tika:dcterms:created"));
        assertThat(doc.report()).isEqualTo(new ReaderReport("tika", PDF, null, List.of()));
    }

    @Test
    void metadataProvenanceNamesTheTikaPropertyAndNoPosition() throws Exception {
        Path file = Fixtures.pdf(dir, "bridge.pdf");
        Capture capture = Fixtures.capture(file, PDF);

        MetadataValue title = reader.read(file, capture).metadata().get(0);

        assertThat(title.provenance()).isEqualTo(new Provenance(capture.documentId(), null, null, null,
                "tika:dc:title", SoftwareAgent.of("tika"), 0.9));
    }

    @Test
    void readsDocxParagraphsAsWordHasThem() throws Exception {
        Path file = Fixtures.docx(dir, "harbour.docx");

        Document doc = reader.read(file, Fixtures.capture(file, DOCX));

        assertThat(doc.text()).isEqualTo("The harbour reopened on Monday.\n\n"
                + "Fishing boats returned\nafter the storm.\n\n"
                + "Officials were pleased.");
        assertThat(paragraphTexts(doc)).containsExactly(
                "The harbour reopened on Monday.",
                "Fishing boats returned\nafter the storm.",
                "Officials were pleased.");
        assertThat(fields(doc)).containsExactly(
                tuple(MetadataField.TITLE, "Harbour Reopens", "tika:dc:title"),
                tuple(MetadataField.AUTHOR, "Grace Hopper", "tika:dc:creator"),
                tuple(MetadataField.PUBLISHED, "2021-03-04T05:06:07Z", "tika:dcterms:created"));
        assertThat(doc.report()).isEqualTo(new ReaderReport("tika", DOCX, null, List.of()));
    }

    @Test
    void readsEmailSenderSubjectDateAndBody() throws Exception {
        Path file = Fixtures.text(dir, "flood.eml", Fixtures.EML);

        Document doc = reader.read(file, Fixtures.capture(file, "message/rfc822"));

        assertThat(doc.text()).isEqualTo(
                "The flood warning was lifted this morning.\n\nRiver levels are falling, the agency said.");
        assertThat(paragraphTexts(doc)).containsExactly(
                "The flood warning was lifted this morning.", "River levels are falling, the agency said.");
        assertThat(fields(doc)).containsExactly(
                tuple(MetadataField.TITLE, "Flood warning lifted", "tika:dc:title"),
                tuple(MetadataField.AUTHOR, "Jane Reporter", "tika:Message:From-Name"),
                tuple(MetadataField.AUTHOR, "Jane Reporter <jane@example.org>", "tika:Message-From"),
                tuple(MetadataField.AUTHOR, "Jane Reporter <jane@example.org>", "tika:dc:creator"),
                // Date: Thu, 01 Oct 2020 10:00:00 +0200, as Tika reports it: the same instant in UTC.
                tuple(MetadataField.PUBLISHED, "2020-10-01T08:00:00Z", "tika:dcterms:created"));
    }

    @Test
    void readsTheBodyOfAMultipartEmailButNotItsAttachments() throws Exception {
        Path file = Fixtures.text(dir, "cafe.eml", Fixtures.EML_WITH_ATTACHMENT);

        Document doc = reader.read(file, Fixtures.capture(file, "message/rfc822"));

        assertThat(doc.text()).isEqualTo("The café on Main Street reopened.\n\nQueues formed early.");
        assertThat(doc.text()).doesNotContain("SECRET");
        assertThat(doc.paragraphs()).hasSize(2);
        assertThat(doc.report().warnings()).containsExactly("1 embedded document or attachment not read: menu.txt");
        assertThat(fields(doc)).contains(
                tuple(MetadataField.TITLE, "Café reopens", "tika:dc:title"),
                tuple(MetadataField.AUTHOR, "Doe, Jane", "tika:Message:From-Name"),
                tuple(MetadataField.PUBLISHED, "2020-10-02T22:30:00Z", "tika:dcterms:created"));
    }

    @Test
    void readsRtfAndKeepsOnlyTheDateOfItsZonelessTimestamp() throws Exception {
        Path file = Files.writeString(dir.resolve("storm.rtf"), Fixtures.RTF, StandardCharsets.US_ASCII);
        Capture capture = Fixtures.capture(file, "application/rtf");

        Document doc = reader.read(file, capture);

        assertThat(doc.text()).isEqualTo("The storm season began early this year.\n\n"
                + "Forecasters expect six hurricanes; café owners\nboarded up windows.");
        assertThat(paragraphTexts(doc)).containsExactly("The storm season began early this year.",
                "Forecasters expect six hurricanes; café owners\nboarded up windows.");
        assertThat(fields(doc)).containsExactly(
                tuple(MetadataField.TITLE, "Storm Season", "tika:dc:title"),
                tuple(MetadataField.AUTHOR, "Mary Shelley", "tika:dc:creator"),
                tuple(MetadataField.PUBLISHED, "2019-07-02", "tika:dcterms:created"));
    }

    @Test
    void rtfDateDoesNotDependOnTheDefaultTimeZone() throws Exception {
        Path file = Files.writeString(dir.resolve("storm.rtf"), Fixtures.RTF, StandardCharsets.US_ASCII);
        Capture capture = Fixtures.capture(file, "application/rtf");
        TimeZone original = TimeZone.getDefault();
        try {
            for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(published(reader.read(file, capture))).as(zone).isEqualTo("2019-07-02");
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void readsHtmlWithCanonicalUrlLanguagePublisherAndNoTitleParagraph() throws Exception {
        Path file = Fixtures.text(dir, "library.html", Fixtures.HTML);

        Document doc = reader.read(file, Fixtures.capture(file, "text/html"));

        assertThat(doc.text()).isEqualTo("Library Saved\n\n"
                + "The library will stay open, the council said on Friday.\n\n"
                + "Readers cheered. “It’s ours,” said one.");
        // The <h1> repeats the title: in the text, not a body paragraph.
        assertThat(paragraphTexts(doc)).containsExactly(
                "The library will stay open, the council said on Friday.",
                "Readers cheered. “It’s ours,” said one.");
        assertThat(fields(doc)).containsExactly(
                tuple(MetadataField.TITLE, "Library Saved", "tika:dc:title"),
                tuple(MetadataField.TITLE, "Library Saved From Closure", "tika:og:title"),
                tuple(MetadataField.AUTHOR, "Tom Paine", "tika:dc:creator"),
                tuple(MetadataField.PUBLISHED, "2022-05-06T07:08:09+01:00", "tika:article:published_time"),
                tuple(MetadataField.PUBLISHER, "Example News", "tika:og:site_name"),
                tuple(MetadataField.URL, "https://news.example.org/library", "tika:canonical"),
                tuple(MetadataField.URL, "https://news.example.org/library?utm=x", "tika:og:url"),
                tuple(MetadataField.LANGUAGE, "en-GB", "tika:Content-Language"));
        assertThat(doc.report()).isEqualTo(new ReaderReport("tika", "text/html", "UTF-8", List.of()));
    }

    @Test
    void htmlListItemsTableRowsAndBreaksKeepTheirShape() throws Exception {
        Path file = Fixtures.text(dir, "shapes.html", """
                <html><head><title>Shapes</title></head><body>
                <div>Line   one<br>
                    Line <b>two</b> <i>ends</i>  here</div>
                <pre>keep   this
                  layout</pre>
                <ul><li>First item</li><li>Second item</li></ul>
                <table><tr><td>Name</td><td>Votes</td></tr><tr><td>Yes</td><td>12</td></tr></table>
                </body></html>
                """);

        Document doc = reader.read(file, Fixtures.capture(file, "text/html"));

        assertThat(doc.text()).isEqualTo(
                "Line one\nLine two ends here\n\nkeep   this\n  layout\n\nFirst item\n\nSecond item\n\nName\tVotes\n\nYes\t12");
        assertThat(paragraphTexts(doc)).containsExactly(
                "Line one\nLine two ends here", "keep   this\n  layout", "First item", "Second item", "Name\tVotes", "Yes\t12");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        Path pdf = Fixtures.pdf(dir, "bridge.pdf");
        Path docx = Fixtures.docx(dir, "harbour.docx");
        Capture pdfCapture = Fixtures.capture(pdf, PDF);
        Capture docxCapture = Fixtures.capture(docx, DOCX);
        Document pdfExpected = reader.read(pdf, pdfCapture);
        Document docxExpected = reader.read(docx, docxCapture);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> even
                        ? reader.read(pdf, pdfCapture).equals(pdfExpected)
                        : reader.read(docx, docxCapture).equals(docxExpected)));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsEpub() throws Exception {
        Path file = Fixtures.epub(dir, "river.epub");

        Document doc = reader.read(file, Fixtures.capture(file, "application/epub+zip"));

        assertThat(doc.text()).isEqualTo("The river rose in the night.\n\nBy morning the town was an island.");
        assertThat(doc.paragraphs()).hasSize(2);
        assertThat(fields(doc)).containsExactly(
                tuple(MetadataField.TITLE, "River Book", "tika:dc:title"),
                tuple(MetadataField.AUTHOR, "Ann Author", "tika:dc:creator"),
                tuple(MetadataField.PUBLISHED, "2018-04-05", "tika:dcterms:created"),
                tuple(MetadataField.LANGUAGE, "fr", "tika:dc:language"));
    }

    @Test
    void readsTheFormatsTikaParsesButNotPlainText() {
        assertThat(List.of(PDF, DOCX, "application/rtf", "message/rfc822", "text/html", "application/xhtml+xml",
                "application/epub+zip", "application/vnd.oasis.opendocument.text", "application/msword"))
                .allSatisfy(type -> assertThat(reader.reads(type)).as(type).isTrue());
        assertThat(List.of("text/plain", "text/markdown", "text/x-web-markdown", "text/x-log",
                "application/octet-stream", "not a media type"))
                .allSatisfy(type -> assertThat(reader.reads(type)).as(type).isFalse());
        assertThat(reader.name()).isEqualTo("tika");
        assertThat(reader.priority()).isEqualTo(-100);
    }

    @Test
    void moreTextThanTheWriteLimitFailsNamingTheLimit() throws Exception {
        Path file = Fixtures.text(dir, "library.html", Fixtures.HTML);

        assertThatThrownBy(() -> new TikaReader(40).read(file, Fixtures.capture(file, "text/html")))
                .isInstanceOf(ReadException.class)
                .hasMessage("inputs/library.html: more than 40 characters of text, the most Verbatim reads from one document");
    }

    @Test
    void truncatedPdfFailsAsDamaged() throws Exception {
        Path file = Fixtures.truncatedPdf(dir, "cut.pdf");

        assertThatThrownBy(() -> reader.read(file, Fixtures.capture(file, PDF)))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("inputs/cut.pdf: cannot read it as application/pdf: "
                        + "the file is damaged, truncated or not in that format (")
                .hasMessageNotContaining("TIKA-198");
    }

    @Test
    void encryptedPdfFailsAsEncrypted() throws Exception {
        Path file = Fixtures.encryptedPdf(dir, "locked.pdf");

        assertThatThrownBy(() -> reader.read(file, Fixtures.capture(file, PDF)))
                .isInstanceOf(ReadException.class)
                .hasMessage("inputs/locked.pdf: encrypted application/pdf: it cannot be read without its password");
    }

    @Test
    void emptyPdfFailsAsEmpty() throws Exception {
        Path file = Files.write(dir.resolve("empty.pdf"), new byte[0]);

        assertThatThrownBy(() -> reader.read(file, Fixtures.capture(file, PDF)))
                .isInstanceOf(ReadException.class)
                .hasMessage("inputs/empty.pdf: empty file (0 bytes), no text to read");
    }

    @Test
    void pdfWithoutTextLayerFailsAsNoText() throws Exception {
        Path file = Fixtures.pdfWithoutText(dir, "scan.pdf");

        assertThatThrownBy(() -> reader.read(file, Fixtures.capture(file, PDF)))
                .isInstanceOf(ReadException.class)
                .hasMessage("inputs/scan.pdf: no text found in application/pdf "
                        + "(a scan without a text layer needs OCR, which Verbatim does not do)");
    }

    @Test
    void randomBytesNamedDocxFailAsNotThatFormat() throws Exception {
        Path file = Fixtures.randomBytes(dir, "random.docx", 4096);

        assertThatThrownBy(() -> reader.read(file, Fixtures.capture(file, DOCX)))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("inputs/random.docx: cannot read it as " + DOCX
                        + ": the file is damaged, truncated or not in that format (")
                .satisfies(e -> assertThat(((ReadException) e).input()).isEqualTo("inputs/random.docx"));
    }

    @Test
    void withoutOriginsTheFileIsNamed() throws Exception {
        Path file = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Capture capture = Fixtures.capture(file, PDF);
        Capture noOrigins = new Capture(capture.sha256(), 0, PDF, capture.archivedAs(), List.of());

        assertThatThrownBy(() -> reader.read(file, noOrigins))
                .isInstanceOf(ReadException.class)
                .hasMessage(file + ": empty file (0 bytes), no text to read");
    }

    private static List<org.assertj.core.groups.Tuple> fields(Document doc) {
        return doc.metadata().stream()
                .map(v -> tuple(v.field(), v.value(), v.provenance().method()))
                .toList();
    }

    private static List<String> paragraphTexts(Document doc) {
        NormalizedText text = NormalizedText.of(doc.text());
        return doc.paragraphs().stream().map(p -> text.slice(p.start(), p.end())).toList();
    }

    private static String published(Document doc) throws IOException {
        return doc.metadata().stream().filter(v -> v.field() == MetadataField.PUBLISHED)
                .map(MetadataValue::value).findFirst().orElseThrow(() -> new IOException("no date"));
    }
}
