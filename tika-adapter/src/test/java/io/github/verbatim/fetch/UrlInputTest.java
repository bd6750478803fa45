package io.github.verbatim.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleOptions;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.Extraction;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.bundle.InputRecord;
import io.github.verbatim.bundle.InputStatus;
import io.github.verbatim.capture.Input;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.HttpRecord;
import io.github.verbatim.model.Origin;
import io.github.verbatim.testing.Documents;
import io.github.verbatim.testing.Schemas;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Live URLs through the public API, against a server on the loopback address only. */
@Timeout(120)
class UrlInputTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");

    private final Verbatim verbatim = Verbatim.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    private LocalServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPageIsFetchedKeptAsAWarcFileAndReadWithItsRedirects() throws Exception {
        Path out = dir.resolve("bag");

        BundleResult result = verbatim.bundleInputs(List.of(Input.url(server.url("/article")),
                Input.url(server.url("/old")), Input.url(server.url("/chunked")), Input.url(server.url("/pdf"))), out);

        assertThat(result.failures()).isEmpty();
        assertThat(result.collection().inputs()).extracting(InputRecord::location, InputRecord::status).containsExactly(
                tuple(server.url("/article"), InputStatus.READ),
                tuple(server.url("/old"), InputStatus.DUPLICATE),
                tuple(server.url("/chunked"), InputStatus.READ),
                tuple(server.url("/pdf"), InputStatus.READ));
        Article page = result.articles().get(0);
        assertThat(page.text()).contains("The harbour reopened on Monday.");
        assertThat(out.resolve(page.capture().archivedAs())).hasContent(LocalServer.ARTICLE);
        assertThat(page.capture().origins()).extracting(Origin::kind, Origin::location, Origin::capturedAt).containsExactly(
                tuple("url", server.url("/article"), NOW), tuple("url", server.url("/old"), NOW));
        HttpRecord direct = page.capture().origins().get(0).http();
        assertThat(direct.url()).isEqualTo(server.url("/article"));
        assertThat(direct.status()).isEqualTo(200);
        assertThat(direct.redirects()).isEmpty();
        assertThat(direct.header("content-type")).isEqualTo("text/html; charset=utf-8");
        HttpRecord redirected = page.capture().origins().get(1).http();
        assertThat(redirected.url()).isEqualTo(server.url("/article"));
        assertThat(redirected.redirects()).containsExactly(new HttpRecord.Redirect(server.url("/old"), 301));

        // The exchange, redirect included, is a WARC file in the bundle, each record's digest right.
        Path warc = out.resolve(page.capture().origins().get(1).warc().archivedAs());
        assertThat(records(warc)).containsExactly("warcinfo", "request " + server.url("/old"),
                "response " + server.url("/old") + " 301", "request " + server.url("/article"),
                "response " + server.url("/article") + " 200");
        assertThat(page.capture().origins().get(1).warc().file()).isEqualTo(out.relativize(warc).toString());
        assertThat(server.requests).allSatisfy(r -> assertThat(r).contains(" " + HttpFetcher.USER_AGENT + " | text/html"));
        assertThat(HttpFetcher.USER_AGENT).matches("Verbatim/\\S+ \\(\\+https://github\\.com/verbatim/verbatim\\)");

        Article chunked = result.articles().get(1);
        assertThat(chunked.text()).contains("Sent in pieces.");
        assertThat(chunked.capture().origins().get(0).modified()).isEqualTo(Instant.parse("2020-09-30T21:00:00Z"));
        assertThat(chunked.capture().origins().get(0).http().headers()).doesNotContainKey("transfer-encoding");
        assertThat(result.articles().get(2).text()).contains(Documents.PDF_TEXT);

        assertThat(verbatim.verify(out).valid()).isTrue();
        Schemas.assertValid(out);
    }

    @Test
    void eachUrlThatCannotBeReadIsAFailureWithItsReasonAndTheRestAreBundled() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String refused = "http://127.0.0.1:" + closedPort + "/article";
        Path out = dir.resolve("bag");
        long start = System.nanoTime();

        BundleResult result = verbatim.bundleInputs(List.of(Input.url(server.url("/missing")),
                Input.url(server.url("/slow")), Input.url(server.url("/trickle")), Input.url(server.url("/big")),
                Input.url(refused), Input.url(server.url("/loop")), Input.url(server.url("/elsewhere")),
                Input.url(server.url("/image")), Input.url(server.url("/article"))), out,
                BundleOptions.defaults().withFetchTimeout(Duration.ofSeconds(2)).withMaxReadBytes(1024 * 1024));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
        assertThat(result.articles()).extracting(a -> a.capture().origins().get(0).location())
                .containsExactly(server.url("/article"));
        assertThat(result.failures()).extracting(Failure::location, Failure::stage, Failure::reason).containsExactly(
                tuple(server.url("/missing"), Failure.Stage.CAPTURE,
                        "HTTP 404 Not Found; the exchange is archived as a WARC file"),
                tuple(server.url("/slow"), Failure.Stage.CAPTURE, "no response from 127.0.0.1:" + port() + " within 2 s"),
                tuple(server.url("/trickle"), Failure.Stage.CAPTURE, result.failures().get(2).reason()),
                tuple(server.url("/big"), Failure.Stage.CAPTURE, "larger than 1048576 bytes, the most Verbatim keeps of"
                        + " one response; the first 1048576 bytes are archived (WARC-Truncated: length);"
                        + " the exchange is archived as a WARC file"),
                tuple(refused, Failure.Stage.CAPTURE, "connection refused by 127.0.0.1:" + closedPort),
                tuple(server.url("/loop"), Failure.Stage.CAPTURE, "more than 10 redirects, the most Verbatim follows;"
                        + " the exchange is archived as a WARC file"),
                tuple(server.url("/elsewhere"), Failure.Stage.CAPTURE, "redirected to a URL Verbatim does not fetch:"
                        + " ftp://127.0.0.1/file; the exchange is archived as a WARC file"),
                tuple(server.url("/image"), Failure.Stage.READ, "the response is not an article (image/png response);"
                        + " the exchange is archived"));
        assertThat(result.failures().get(2).reason()).matches("still arriving after 2 s; the \\d+ bytes received are"
                + " archived \\(WARC-Truncated: time\\); the exchange is archived as a WARC file");
        assertThat(result.failures()).extracting(f -> f.archivedAs() != null)
                .containsExactly(true, false, true, true, false, true, true, true);
        Path big = out.resolve(result.failures().get(3).archivedAs());
        assertThat(Files.size(big)).isBetween(1024L * 1024, 1024L * 1024 + 4096);
        assertThat(records(big)).last().asString().endsWith(" 200 truncated=length");
        assertThat(verbatim.verify(out).valid()).isTrue();
        Schemas.assertValid(out);
    }

    @Test
    void extractAllReadsAUrl() throws Exception {
        Extraction extraction = verbatim.extractAll(Input.url(server.url("/old")));
        assertThat(extraction.complete()).isTrue();
        assertThat(extraction.articles()).singleElement().satisfies(a -> {
            assertThat(a.text()).contains("The harbour reopened on Monday.");
            assertThat(a.capture().origins().get(0).http().redirects()).hasSize(1);
        });
    }

    private int port() {
        return java.net.URI.create(server.url("/")).getPort();
    }

    /** Lists a WARC file's records, checking each one's block digest. */
    private static List<String> records(Path warc) throws Exception {
        List<String> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warc)) {
            reader.calculateBlockDigest();
            for (WarcRecord record : reader) {
                String line = record.type();
                if (record instanceof WarcResponse response) {
                    line += " " + response.target() + " " + response.http().status();
                    response.http().body().consume();
                    if (!response.truncated().name().equals("NOT_TRUNCATED")) {
                        line += " truncated=" + response.truncated().name().toLowerCase();
                    }
                } else if (record instanceof org.netpreserve.jwarc.WarcRequest request) {
                    line += " " + request.target();
                }
                WarcDigest declared = record.blockDigest().orElseThrow();
                assertThat(record.calculatedBlockDigest()).as(line).contains(declared);
                records.add(line);
            }
        }
        return records;
    }
}
