package io.github.verbatim.warc;

import static io.github.verbatim.warc.WarcBuilder.DATE;
import static io.github.verbatim.warc.WarcBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.Extraction;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.bundle.InputRecord;
import io.github.verbatim.bundle.InputStatus;
import io.github.verbatim.capture.Input;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Origin;
import io.github.verbatim.read.ReadException;
import io.github.verbatim.testing.Documents;
import io.github.verbatim.testing.Schemas;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcTruncationReason;

/** WARC files as inputs, through the public API with everything found through ServiceLoader. */
@Timeout(120)
class WarcInputTest {

    static final String HARBOUR = Documents.html("Harbour news", "The harbour reopened on Monday.",
            "Fishing boats returned after the storm.");
    static final String SITE = "https://news.example.org/";

    private final Verbatim verbatim = Verbatim.create();

    @TempDir
    Path dir;

    /** A crawl of one page, with everything else a crawl holds. */
    static WarcBuilder crawl() throws Exception {
        return new WarcBuilder()
                .warcinfo()                                                                           // 1
                .request(SITE + "harbour")                                                            // 2
                .response(SITE + "harbour", 200, "text/html; charset=utf-8",
                        HARBOUR.getBytes(StandardCharsets.UTF_8),
                        Map.of("Last-Modified", "Wed, 30 Sep 2020 21:00:00 GMT"), DATE,
                        WarcTruncationReason.NOT_TRUNCATED)                                           // 3
                .response(SITE + "logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}) // 4
                .response(SITE + "old", 301, "text/html", "<p>Moved</p>")                             // 5
                .response(SITE + "report.pdf", 200, "application/pdf", Documents.pdf())               // 6
                .metadata(SITE + "harbour")                                                           // 7
                .revisit(SITE + "harbour", 3, SITE + "harbour", HARBOUR.getBytes(StandardCharsets.UTF_8)) // 8
                .revisit(SITE + "gone", 99, SITE + "gone", "<p>Gone</p>".getBytes(StandardCharsets.UTF_8)) // 9
                .response(SITE + "robots.txt", 200, "text/plain", "User-agent: *\nDisallow:\n")       // 10
                .response(SITE + "missing", 404, "text/html", "<p>Not found</p>")                     // 11
                .resource("urn:pageinfo:" + SITE + "harbour", "application/json", "{}");              // 12
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eachPageOfACrawlIsAnArticleWithTheRecordItCameFrom(boolean gzip) throws Exception {
        Path warc = dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc");
        List<Long> offsets = crawl().write(warc, gzip);
        Path out = dir.resolve("bag");

        BundleResult result = verbatim.bundleInputs(List.of(Input.file(warc)), out);

        String warcSha = sha256(Files.readAllBytes(warc));
        String archived = "data/originals/" + warcSha + (gzip ? ".warc.gz" : ".warc");
        assertThat(out.resolve(archived)).hasSameBinaryContentAs(warc);
        assertThat(result.failures()).isEmpty();
        assertThat(result.collection().inputs()).extracting(InputRecord::location, InputRecord::status, InputRecord::note)
                .containsExactly(
                        tuple(warc.toString(), InputStatus.EXPANDED, "WARC file: 2 read, 1 duplicate, 1 skipped;"
                                + " not articles: 1 HTTP 301 response, 1 HTTP 404 response, 1 image/png response,"
                                + " 1 metadata record, 1 request record, 1 resource record for a urn: URI,"
                                + " 1 robots.txt response, 1 warcinfo record"),
                        tuple(warc + "#offset=" + offsets.get(2), InputStatus.READ, null),
                        tuple(warc + "#offset=" + offsets.get(5), InputStatus.READ, null),
                        tuple(warc + "#offset=" + offsets.get(7), InputStatus.DUPLICATE,
                                "the same bytes as " + warc + "#offset=" + offsets.get(2)),
                        tuple(warc + "#offset=" + offsets.get(8), InputStatus.SKIPPED,
                                "a revisit of " + id(99) + ", whose original record is not in this file"));

        Article page = result.articles().get(0);
        assertThat(page.text()).contains("The harbour reopened on Monday.", "Fishing boats returned after the storm.");
        assertThat(page.capture().mediaType()).isEqualTo("text/html");
        assertThat(out.resolve(page.capture().archivedAs())).hasContent(HARBOUR);
        assertThat(page.capture().origins()).hasSize(2);
        Origin origin = page.capture().origins().get(0);
        assertThat(origin.kind()).isEqualTo(Origin.WARC_RECORD);
        assertThat(origin.location()).isEqualTo(SITE + "harbour");
        assertThat(origin.capturedAt()).isEqualTo(DATE);
        assertThat(origin.modified()).isEqualTo(Instant.parse("2020-09-30T21:00:00Z"));
        assertThat(origin.http().status()).isEqualTo(200);
        assertThat(origin.http().header("Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(origin.warc().file()).isEqualTo(warc.toString());
        assertThat(origin.warc().entry()).isNull();
        assertThat(origin.warc().offset()).isEqualTo(offsets.get(2));
        assertThat(origin.warc().recordId()).isEqualTo(id(3));
        assertThat(origin.warc().archivedAs()).isEqualTo(archived);
        Origin revisit = page.capture().origins().get(1);
        assertThat(revisit.capturedAt()).isEqualTo(DATE.plusSeconds(3600));
        assertThat(revisit.warc().recordId()).isEqualTo(id(8));

        Article pdf = result.articles().get(1);
        assertThat(pdf.text()).contains(Documents.PDF_TEXT);
        assertThat(pdf.capture().archivedAs()).endsWith(".pdf");
        assertThat(pdf.capture().origins().get(0).location()).isEqualTo(SITE + "report.pdf");

        assertThat(verbatim.verify(out).valid()).isTrue();
        Schemas.assertValid(out);
    }

    @Test
    void aDamagedRecordHeaderIsAFailureAtItsOffsetAndTheRestIsRead() throws Exception {
        List<byte[]> records = threePages().bytes(false);
        byte[] damaged = records.get(2);
        damaged[1] = 'X'; // WARC/1.0 -> WXRC/1.0
        Path warc = dir.resolve("damaged.warc");
        List<Long> offsets = WarcBuilder.write(warc, records);

        BundleResult result = verbatim.bundleInputs(List.of(Input.file(warc)), dir.resolve("bag"));

        assertThat(result.articles()).extracting(a -> a.capture().origins().get(0).location())
                .containsExactly(SITE + "a", SITE + "c");
        assertThat(result.failures()).extracting(Failure::location, Failure::stage, Failure::reason).containsExactly(
                tuple(warc + "#offset=" + offsets.get(2), Failure.Stage.CAPTURE, "not a valid WARC record header"));
        assertThat(result.failures().get(0).archivedAs()).endsWith(".warc");
        assertThat(result.collection().inputs().get(0).note()).startsWith("WARC file: 2 read, 1 failed;");
        assertThat(verbatim.verify(dir.resolve("bag")).valid()).isTrue();
        Schemas.assertValid(dir.resolve("bag"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTruncatedFileKeepsTheRecordsBeforeTheCut(boolean gzip) throws Exception {
        List<byte[]> records = threePages().bytes(gzip);
        byte[] last = records.get(3);
        records.set(3, java.util.Arrays.copyOf(last, last.length - 40));
        Path warc = dir.resolve(gzip ? "cut.warc.gz" : "cut.warc");
        List<Long> offsets = WarcBuilder.write(warc, records);

        BundleResult result = verbatim.bundleInputs(List.of(Input.file(warc)), dir.resolve("bag"));

        assertThat(result.articles()).extracting(a -> a.capture().origins().get(0).location())
                .containsExactly(SITE + "a", SITE + "b");
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(warc + "#offset=" + offsets.get(3));
            assertThat(f.reason()).isIn("the file ends inside this record (it is truncated)",
                    "the file ends in a damaged record: the file ends inside this record (it is truncated)");
        });
        assertThat(verbatim.verify(dir.resolve("bag")).valid()).isTrue();
    }

    @Test
    void aDamagedGzipMemberIsAFailureAndTheNextMemberIsRead() throws Exception {
        List<byte[]> records = threePages().bytes(true);
        byte[] member = records.get(2);
        for (int i = member.length / 3; i < member.length / 3 + 12; i++) {
            member[i] ^= (byte) 0x5a;
        }
        Path warc = dir.resolve("damaged.warc.gz");
        List<Long> offsets = WarcBuilder.write(warc, records);

        BundleResult result = verbatim.bundleInputs(List.of(Input.file(warc)), dir.resolve("bag"));

        assertThat(result.articles()).extracting(a -> a.capture().origins().get(0).location())
                .containsExactly(SITE + "a", SITE + "c");
        assertThat(result.failures()).extracting(Failure::location)
                .containsExactly(warc + "#offset=" + offsets.get(2));
        assertThat(result.failures().get(0).reason()).startsWith("the record's gzip compression is damaged");
        assertThat(verbatim.verify(dir.resolve("bag")).valid()).isTrue();
    }

    @Test
    void contentThatDoesNotMatchItsDigestOrItsLengthIsAFailure() throws Exception {
        List<byte[]> records = threePages().bytes(false);
        String b = new String(records.get(2), StandardCharsets.ISO_8859_1);
        records.set(2, b.replace("Page b.", "Page B.").getBytes(StandardCharsets.ISO_8859_1));
        String c = new String(records.get(3), StandardCharsets.ISO_8859_1);
        int length = Integer.parseInt(c.replaceFirst("(?s).*?Content-Length: (\\d+).*", "$1"));
        c = c.replaceFirst("Content-Length: \\d+", "Content-Length: " + (length - 10))
                .replaceFirst("WARC-Block-Digest: [^\r]*\r\n", "");
        records.set(3, c.getBytes(StandardCharsets.ISO_8859_1));
        Path warc = dir.resolve("bad.warc");
        List<Long> offsets = WarcBuilder.write(warc, records);

        BundleResult result = verbatim.bundleInputs(List.of(Input.file(warc)), dir.resolve("bag"));

        assertThat(result.articles()).extracting(a -> a.capture().origins().get(0).location())
                .containsExactly(SITE + "a");
        assertThat(result.failures()).extracting(Failure::location, Failure::reason).containsExactly(
                tuple(warc + "#offset=" + offsets.get(2),
                        "the record is damaged: its content does not match its WARC-Block-Digest (sha1)"),
                tuple(warc + "#offset=" + offsets.get(3), "the record does not end where its Content-Length says"
                        + " (no end-of-record marker follows): the file is damaged or the length is wrong"));
        assertThat(verbatim.verify(dir.resolve("bag")).valid()).isTrue();
    }

    @Test
    void aRecordTheCrawlerCutShortIsArchivedButNotReadAndEncodedPayloadsAreDecoded() throws Exception {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gzipped)) {
            z.write(Documents.html("Zipped", "A page sent compressed.").getBytes(StandardCharsets.UTF_8));
        }
        byte[] cut = Documents.html("Cut", "Half of a page").getBytes(StandardCharsets.UTF_8);
        Path warc = dir.resolve("crawl.warc");
        List<Long> offsets = new WarcBuilder()
                .response(SITE + "cut", 200, "text/html", cut, Map.of(), DATE, WarcTruncationReason.LENGTH)
                .response(SITE + "zipped", 200, "text/html", gzipped.toByteArray(), Map.of("Content-Encoding", "gzip"),
                        DATE, WarcTruncationReason.NOT_TRUNCATED)
                .response(SITE + "brotli", 200, "text/html", new byte[] {1, 2, 3}, Map.of("Content-Encoding", "br"),
                        DATE, WarcTruncationReason.NOT_TRUNCATED)
                .write(warc, false);
        Path out = dir.resolve("bag");

        BundleResult result = verbatim.bundleInputs(List.of(Input.file(warc)), out);

        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.text()).contains("A page sent compressed.");
            assertThat(a.capture().origins().get(0).http().header("content-encoding")).isEqualTo("gzip");
        });
        assertThat(result.failures()).extracting(Failure::location, Failure::stage, Failure::reason).containsExactly(
                tuple(warc + "#offset=" + offsets.get(0), Failure.Stage.READ, "the crawler cut this record short"
                        + " (WARC-Truncated: length), so its payload is incomplete; it is archived but not read"),
                tuple(warc + "#offset=" + offsets.get(2), Failure.Stage.CAPTURE, "the payload is compressed with"
                        + " Content-Encoding br, which Verbatim does not decode; the record is kept in the archived WARC file"));
        assertThat(out.resolve(result.failures().get(0).archivedAs())).hasBinaryContent(cut);
        Schemas.assertValid(out);
    }

    @Test
    void aWaczIsReadWarcByWarc() throws Exception {
        Path first = dir.resolve("a.warc.gz");
        List<Long> offsets = new WarcBuilder().warcinfo()
                .response(SITE + "harbour", 200, "text/html", HARBOUR).write(first, true);
        Path second = dir.resolve("b.warc");
        List<Long> secondOffsets = new WarcBuilder()
                .revisit(SITE + "harbour", 2, SITE + "harbour", HARBOUR.getBytes(StandardCharsets.UTF_8))
                .response(SITE + "report.pdf", 200, "application/pdf", Documents.pdf()).write(second, false);
        Path wacz = dir.resolve("site.wacz");
        Waczs.write(wacz, Map.of("archive/a.warc.gz", first, "archive/b.warc", second));
        Path out = dir.resolve("bag");

        BundleResult result = verbatim.bundleInputs(List.of(Input.file(wacz)), out);

        assertThat(result.failures()).isEmpty();
        assertThat(result.articles()).hasSize(2);
        Origin origin = result.articles().get(0).capture().origins().get(0);
        assertThat(origin.warc().file()).isEqualTo(wacz.toString());
        assertThat(origin.warc().entry()).isEqualTo("archive/a.warc.gz");
        assertThat(origin.warc().offset()).isEqualTo(offsets.get(1));
        assertThat(origin.warc().archivedAs()).endsWith(".wacz");
        assertThat(result.articles().get(0).capture().origins()).hasSize(2); // the revisit in the second WARC file
        assertThat(result.collection().inputs()).extracting(InputRecord::location, InputRecord::status).containsExactly(
                tuple(wacz.toString(), InputStatus.EXPANDED),
                tuple(wacz + "!archive/a.warc.gz#offset=" + offsets.get(1), InputStatus.READ),
                tuple(wacz + "!archive/b.warc#offset=0", InputStatus.DUPLICATE),
                tuple(wacz + "!archive/b.warc#offset=" + secondOffsets.get(1), InputStatus.READ));
        assertThat(verbatim.verify(out).valid()).isTrue();
        Schemas.assertValid(out);
    }

    @Test
    void aWarcFileInAWaczThatCannotBeReadIsAFailureAndTheOthersAreRead() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.warc"), "WARC/1.0\r\nnot a header\r\n\r\n");
        Path good = dir.resolve("good.warc");
        new WarcBuilder().response(SITE + "harbour", 200, "text/html", HARBOUR).write(good, false);
        Path wacz = dir.resolve("site.wacz");
        Waczs.write(wacz, Map.of("archive/a-bad.warc", bad, "archive/b-good.warc", good));

        BundleResult result = verbatim.bundleInputs(List.of(Input.file(wacz)), dir.resolve("bag"));

        assertThat(result.articles()).hasSize(1);
        assertThat(result.failures()).extracting(Failure::location, Failure::reason).containsExactly(tuple(
                wacz + "!archive/a-bad.warc", "cannot read it as a WARC file: not a valid WARC record header"));
        assertThat(result.collection().inputs().get(0).note()).isEqualTo("WARC file: 1 read, 1 failed");
    }

    @Test
    void extractAllReadsEveryPageAndExtractOneOnly() throws Exception {
        Path warc = dir.resolve("crawl.warc");
        crawl().write(warc, false);

        Extraction extraction = verbatim.extractAll(Input.file(warc));

        assertThat(extraction.articles()).hasSize(2);
        assertThat(extraction.articles().get(0).capture().origins()).hasSize(2);
        assertThatThrownBy(() -> verbatim.extract(warc)).isInstanceOf(ReadException.class)
                .hasMessage(warc + ": holds 2 articles, not one (extractAll reads each)");
        Path one = dir.resolve("one.warc");
        new WarcBuilder().response(SITE + "harbour", 200, "text/html", HARBOUR).write(one, false);
        assertThat(verbatim.extract(one).text()).contains("The harbour reopened on Monday.");
    }

    @Test
    void aFileThatOnlyLooksLikeAWarcFileFailsAsOne() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.warc"), "WARC/1.0\r\nnot a header at all\r\n\r\n");
        BundleResult result = verbatim.bundleInputs(List.of(Input.file(fake)), dir.resolve("bag"));
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(fake.toString());
            assertThat(f.reason()).startsWith("cannot read it as a WARC file: ").endsWith("; the original is archived");
        });
        assertThat(result.collection().inputs()).extracting(InputRecord::status).containsExactly(InputStatus.FAILED);
    }

    /** Three pages, a, b and c, after a warcinfo record. */
    static WarcBuilder threePages() throws Exception {
        return new WarcBuilder().warcinfo()
                .response(SITE + "a", 200, "text/html", Documents.html("A", "Page a."))
                .response(SITE + "b", 200, "text/html", Documents.html("B", "Page b."))
                .response(SITE + "c", 200, "text/html", Documents.html("C", "Page c."));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
