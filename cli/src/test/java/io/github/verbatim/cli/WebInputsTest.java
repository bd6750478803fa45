package io.github.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code extract --format} and web inputs (URLs on the loopback address, WARC files) on the command line. */
@Timeout(120)
class WebInputsTest {

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Harbour news</title></head><body>"
            + "<h1>Harbour news</h1><p>The harbour reopened on Monday.</p></body></html>";

    @TempDir
    Path tmp;

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                boolean found = exchange.getRequestURI().getPath().equals("/harbour");
                byte[] body = (found ? PAGE : "<p>Not found</p>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(found ? 200 : 404, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void extractFormatTextPrintsOnlyTheText() throws IOException {
        Path seed = Seeds.file("003_");

        Cli.Run run = Cli.run("extract", "--format", "text", seed.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        assertThat(run.out()).isEqualTo(text.endsWith("\n") ? text : text + System.lineSeparator());
    }

    @Test
    void extractRefusesAnUnknownFormat() {
        Cli.Run run = Cli.run("extract", "--format", "xml", Seeds.file("003_").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("verbatim: --format must be json or text, not xml");
    }

    @Test
    void extractFetchesAUrl() throws IOException {
        Cli.Run run = Cli.run("extract", url("/harbour"));

        assertThat(run.exitCode()).isZero();
        JsonNode article = Bags.json(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(article.get("text").asText()).contains("The harbour reopened on Monday.");
        assertThat(article.at("/capture/origins/0/kind").asText()).isEqualTo("url");
        assertThat(article.at("/capture/origins/0/http/status").asInt()).isEqualTo(200);

        Cli.Run missing = Cli.run("extract", url("/gone"));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.errLines()).containsExactly("verbatim: " + url("/gone")
                + ": HTTP 404 Not Found; the exchange is archived as a WARC file");
    }

    @Test
    void extractPrintsEachPageOfAWarcFileAsOneJsonLineOrAsTexts() throws IOException {
        Path warc = warc("a", "b");

        Cli.Run json = Cli.run("extract", warc.toString());
        Cli.Run text = Cli.run("extract", "--format", "text", warc.toString());

        assertThat(json.exitCode()).isZero();
        assertThat(json.outLines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"sha256:"));
        assertThat(Bags.json(json.outLines().get(1).getBytes(StandardCharsets.UTF_8)).at("/capture/origins/0/location")
                .asText()).isEqualTo("https://news.example.org/b");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out().split("\f")).hasSize(2).allSatisfy(t -> assertThat(t).contains("Page "));
    }

    @Test
    void bundleTakesUrlsAndWarcFilesBesideFiles() throws IOException {
        Path warc = warc("a", "b");
        Path out = tmp.resolve("bag");

        Cli.Run run = Cli.run("bundle", url("/harbour"), warc.toString(), Seeds.file("000_").toString(), url("/gone"),
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).contains("[1/4] " + url("/harbour"), "[2/4] " + warc,
                "verbatim: failed: " + url("/gone") + ": HTTP 404 Not Found; the exchange is archived as a WARC file",
                "verbatim: wrote " + out + ": 4 articles, 1 failure");
        assertThat(Cli.run("verify", out.toString()).exitCode()).isZero();
        JsonNode collection = Bags.json(Files.readAllBytes(out.resolve("data/collection.json")));
        assertThat(collection.get("inputs").findValuesAsText("status"))
                .containsExactly("read", "expanded", "read", "read", "read", "failed");
    }

    /** Writes a WARC file with one HTML page per name. */
    private Path warc(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WarcWriter writer = new WarcWriter(bytes);
        for (String name : List.of(names)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8,
                    ("<html><head><title>" + name + "</title></head><body><p>Page " + name + ".</p></body></html>")
                            .getBytes(StandardCharsets.UTF_8)).build();
            writer.write(new WarcResponse.Builder("https://news.example.org/" + name).body(http).build());
        }
        return Files.write(tmp.resolve("crawl.warc"), bytes.toByteArray());
    }
}
