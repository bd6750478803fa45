package io.github.verbatim.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.Extraction;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.bundle.InputRecord;
import io.github.verbatim.bundle.InputStatus;
import io.github.verbatim.capture.Input;
import io.github.verbatim.capture.Pack;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Origin;
import io.github.verbatim.read.ReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Containers through the public API, with a container format made for the test ({@link Pack}),
 * so the core's side — one input, many documents — is tested without any web-archive library.
 */
class ContainerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false)
            .detector(new Pack.Detector()).container(new Pack.Reader())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    @TempDir
    Path dir;

    @Test
    void eachDocumentInAContainerIsAnArticleAndTheContainerIsKept() throws Exception {
        Path pack = Files.writeString(dir.resolve("crawl.pack"), Pack.of(
                "doc first.txt text/plain\nThe harbour reopened on Monday.\n",
                "image logo.png image/png\n\u0089PNG",
                "doc second text/plain\nThe bridge vote was delayed.\n"));
        Path out = dir.resolve("bag");

        BundleResult result = verbatim.bundleInputs(List.of(Input.file(pack), Input.file(Seeds.seed("000"))), out);

        assertThat(result.complete()).isTrue();
        assertThat(result.articles()).extracting(Article::text).containsExactly(
                "The harbour reopened on Monday.\n", "The bridge vote was delayed.\n", Seeds.text(Seeds.seed("000")));
        String packSha = sha256(Files.readAllBytes(pack));
        assertThat(result.collection().inputs()).extracting(InputRecord::location, InputRecord::status, InputRecord::note)
                .containsExactly(
                        tuple(pack.toString(), InputStatus.EXPANDED, "PACK file: 2 read; not articles: 1 image/png part"),
                        tuple(pack + "#1", InputStatus.READ, null),
                        tuple(pack + "#3", InputStatus.READ, null),
                        tuple(Seeds.seed("000").toString(), InputStatus.READ, null));
        assertThat(result.collection().inputs().get(0).sha256()).isEqualTo(packSha);
        assertThat(out.resolve("data/originals/" + packSha + ".bin")).hasSameBinaryContentAs(pack);

        Article first = result.articles().get(0);
        Origin origin = first.capture().origins().get(0);
        assertThat(origin.kind()).isEqualTo("warc-record");
        assertThat(origin.location()).isEqualTo("https://example.org/first.txt");
        assertThat(origin.capturedAt()).isEqualTo(Pack.DATE);
        assertThat(origin.warc().archivedAs()).isEqualTo("data/originals/" + packSha + ".bin");
        assertThat(origin.http().headers()).containsOnlyKeys("content-type");
        assertThat(first.capture().archivedAs()).endsWith(".txt");
        assertThat(verbatim.verify(out).valid()).isTrue();
        assertValid(out);
    }

    @Test
    void aDocumentWithTheSameBytesJoinsTheEarlierCapture() throws Exception {
        Path pack = Files.writeString(dir.resolve("a.pack"), Pack.of(
                "doc page text/plain\nSame words twice.\n", "same page\n1\n", "doc copy.txt text/plain\nSame words twice.\n"));
        BundleResult result = verbatim.bundleInputs(List.of(Input.file(pack)), dir.resolve("bag"));

        assertThat(result.articles()).singleElement().satisfies(a -> assertThat(a.capture().origins())
                .extracting(Origin::location).containsExactly("https://example.org/page", "https://example.org/page",
                        "https://example.org/copy.txt"));
        assertThat(result.collection().inputs()).extracting(InputRecord::status, InputRecord::note).containsExactly(
                tuple(InputStatus.EXPANDED, "PACK file: 1 read, 2 duplicate"),
                tuple(InputStatus.READ, null),
                tuple(InputStatus.DUPLICATE, "the same bytes as " + pack + "#1"),
                tuple(InputStatus.DUPLICATE, "the same bytes as " + pack + "#1"));
        assertValid(dir.resolve("bag"));
    }

    @Test
    void aDamagedPartIsAFailureNamingItAndTheRestIsRead() throws Exception {
        Path pack = Files.writeString(dir.resolve("b.pack"), Pack.of(
                "corrupt x\n", "bad cut.txt text/plain\nHalf a sent", "skip y\n", "leftover z.txt text/plain\nStray.\n",
                "doc ok.txt text/plain\nStill read.\n"));
        Path out = dir.resolve("bag");
        BundleResult result = verbatim.bundleInputs(List.of(Input.file(pack)), out);

        String packSha = sha256(Files.readAllBytes(pack));
        assertThat(result.articles()).extracting(Article::text).containsExactly("Still read.\n");
        assertThat(result.failures()).extracting(Failure::location, Failure::stage, Failure::reason).containsExactly(
                tuple(pack + "#1", Failure.Stage.CAPTURE, "damaged part"),
                tuple(pack + "#2", Failure.Stage.READ, "the part is incomplete"));
        assertThat(result.failures().get(0).archivedAs()).isEqualTo("data/originals/" + packSha + ".bin");
        assertThat(out.resolve(result.failures().get(1).archivedAs())).hasContent("Half a sent\n");
        assertThat(result.collection().inputs().get(0).note())
                .isEqualTo("PACK file: 1 read, 1 skipped, 2 failed");
        // The part written out but never handed over is not left in the bag.
        assertThat(verbatim.verify(out).valid()).isTrue();
        try (Stream<Path> originals = Files.list(out.resolve("data/originals"))) {
            assertThat(originals).hasSize(3);
        }
        assertValid(out);
    }

    @Test
    void aContainerThatBreaksOffKeepsWhatCameBefore() throws Exception {
        Path pack = Files.writeString(dir.resolve("c.pack"), Pack.of("doc ok.txt text/plain\nRead first.\n", "stop x\n",
                "doc never.txt text/plain\nNever reached.\n"));
        Path notAPack = Files.writeString(dir.resolve("d.pack"), "PACK\ngarbage before any part");
        BundleResult result = verbatim.bundleInputs(List.of(Input.file(pack), Input.file(notAPack)), dir.resolve("bag"));

        assertThat(result.articles()).extracting(Article::text).containsExactly("Read first.\n");
        assertThat(result.failures()).extracting(Failure::location, Failure::reason).containsExactly(
                tuple(pack.toString(), "cannot read it as a PACK file: unexpected end of pack; what came before it was read"),
                tuple(notAPack.toString(), "cannot read it as a PACK file: no PACK header; the original is archived"));
        assertThat(result.collection().inputs()).extracting(InputRecord::location, InputRecord::status).containsExactly(
                tuple(pack.toString(), InputStatus.EXPANDED),
                tuple(pack + "#1", InputStatus.READ),
                tuple(notAPack.toString(), InputStatus.FAILED));
        assertThat(result.collection().inputs().get(0).note())
                .isEqualTo("PACK file: 1 read; then stopped: cannot read it as a PACK file: unexpected end of pack");
        assertValid(dir.resolve("bag"));
    }

    @Test
    void theSameContainerGivenUnderTwoNamesIsReadOnce() throws Exception {
        String content = Pack.of("doc a.txt text/plain\nOnce.\n");
        Path one = Files.writeString(dir.resolve("one.pack"), content);
        Path two = Files.writeString(dir.resolve("two.pack"), content);
        BundleResult result = verbatim.bundleInputs(List.of(Input.file(one), Input.file(two)), dir.resolve("bag"));
        assertThat(result.articles()).hasSize(1);
        assertThat(result.collection().inputs()).extracting(InputRecord::status)
                .containsExactly(InputStatus.EXPANDED, InputStatus.READ, InputStatus.DUPLICATE);
    }

    @Test
    void extractAllReadsEveryDocumentWithoutWritingABundle() throws Exception {
        Path pack = Files.writeString(dir.resolve("e.pack"), Pack.of("doc a.txt text/plain\nOne.\n",
                "doc b.txt text/plain\nTwo.\n", "same a\n1\n"));
        Extraction extraction = verbatim.extractAll(Input.file(pack));

        assertThat(extraction.complete()).isTrue();
        assertThat(extraction.articles()).extracting(Article::text).containsExactly("One.\n", "Two.\n");
        assertThat(extraction.articles().get(0).capture().origins()).hasSize(2);
        assertThatThrownBy(() -> verbatim.extract(pack)).isInstanceOf(ReadException.class)
                .hasMessage(pack + ": holds 2 articles, not one (extractAll reads each)");

        Path single = Files.writeString(dir.resolve("f.pack"), Pack.of("doc a.txt text/plain\nOnly one.\n"));
        assertThat(verbatim.extract(single).text()).isEqualTo("Only one.\n");
        Path broken = Files.writeString(dir.resolve("g.pack"), Pack.of("bad a.txt text/plain\nCut of"));
        assertThatThrownBy(() -> verbatim.extract(broken)).isInstanceOf(ReadException.class)
                .hasMessage(broken + ": " + broken + "#1: the part is incomplete");
    }

    private static void assertValid(Path bag) throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema article;
        Schema collection;
        try (InputStream a = VerbatimJson.schema(VerbatimJson.ARTICLE_SCHEMA);
                InputStream c = VerbatimJson.schema(VerbatimJson.COLLECTION_SCHEMA)) {
            article = registry.getSchema(a);
            collection = registry.getSchema(c);
        }
        assertThat(collection.validate(Files.readString(bag.resolve("data/collection.json")), InputFormat.JSON)).isEmpty();
        try (Stream<Path> documents = Files.list(bag.resolve("data/articles"))) {
            for (Path document : documents.toList()) {
                String json = Files.readString(document);
                assertThat(article.validate(json, InputFormat.JSON)).as(document.toString()).isEmpty();
                assertThat(VerbatimJson.toJson(VerbatimJson.read(Files.readAllBytes(document), Article.class)) + "\n")
                        .isEqualTo(json);
            }
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
