package io.github.verbatim.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.bundle.InputRecord;
import io.github.verbatim.bundle.InputStatus;
import io.github.verbatim.capture.FetchException;
import io.github.verbatim.capture.FetchRequest;
import io.github.verbatim.capture.FetchResult;
import io.github.verbatim.capture.Input;
import io.github.verbatim.capture.Pack;
import io.github.verbatim.capture.UrlFetcher;
import io.github.verbatim.model.HttpRecord;
import io.github.verbatim.model.Origin;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * URL inputs through the public API, with a fetcher made for the test: no network. What the
 * fetcher writes is read as a {@link Pack} in place of a WARC file.
 */
class UrlInputTest {

    @TempDir
    Path dir;

    /** Answers from a table; records what it was asked. */
    private static final class TableFetcher implements UrlFetcher {
        final List<FetchRequest> asked = new ArrayList<>();

        @Override
        public String name() {
            return "table";
        }

        @Override
        public boolean fetches(URI url) {
            return true;
        }

        @Override
        public FetchResult fetch(FetchRequest request, Path warc) throws FetchException, java.io.IOException {
            asked.add(request);
            URI url = request.url();
            switch (url.getPath()) {
                case "/down" -> throw new FetchException(url.toString(), "connection refused by example.test:80", null);
                case "/missing" -> {
                    Files.writeString(warc, Pack.of("doc missing text/html\nNot found\n"));
                    return new FetchResult(url, url, 404, List.of(), "HTTP 404 Not Found");
                }
                case "/logo" -> {
                    Files.writeString(warc, Pack.of("image logo\n"));
                    return new FetchResult(url, url, 200, List.of(), null);
                }
                default -> {
                    Files.writeString(warc, Pack.of("doc story.txt text/plain\nThe story itself.\n"));
                    URI end = url.resolve("/story/");
                    return new FetchResult(url, end, 200, List.of(new HttpRecord.Redirect(url.toString(), 301)), null);
                }
            }
        }
    }

    @Test
    void aUrlIsFetchedKeptAsAWarcFileAndReadWithItsRedirects() throws Exception {
        TableFetcher fetcher = new TableFetcher();
        Verbatim verbatim = Verbatim.builder().serviceLoader(false).fetcher(fetcher)
                .container(new Pack.Reader("application/warc")).build();
        Path out = dir.resolve("bag");

        BundleResult result = verbatim.bundleInputs(List.of(Input.parse("http://example.test/story"),
                Input.parse("http://example.test/missing"), Input.parse("HTTP://example.test/down"),
                Input.parse("http://example.test/logo"), Input.parse("http://example.test/story")), out);

        assertThat(fetcher.asked).extracting(r -> r.url().getPath()).containsExactly("/story", "/missing", "/down", "/logo");
        assertThat(fetcher.asked.get(0).maxRedirects()).isEqualTo(10);
        assertThat(result.articles()).singleElement().satisfies(article -> {
            assertThat(article.text()).isEqualTo("The story itself.\n");
            Origin origin = article.capture().origins().get(0);
            assertThat(origin.kind()).isEqualTo("url");
            assertThat(origin.location()).isEqualTo("http://example.test/story");
            assertThat(origin.http().redirects()).containsExactly(new HttpRecord.Redirect("http://example.test/story", 301));
            assertThat(out.resolve(origin.warc().archivedAs())).exists();
            assertThat(origin.warc().archivedAs()).endsWith(".warc");
        });
        assertThat(result.collection().inputs()).extracting(InputRecord::location, InputRecord::status).containsExactly(
                tuple("http://example.test/story", InputStatus.READ),
                tuple("http://example.test/missing", InputStatus.FAILED),
                tuple("HTTP://example.test/down", InputStatus.FAILED),
                tuple("http://example.test/logo", InputStatus.FAILED),
                tuple("http://example.test/story", InputStatus.SKIPPED));
        assertThat(result.failures()).extracting(Failure::stage, Failure::reason).containsExactly(
                tuple(Failure.Stage.CAPTURE, "HTTP 404 Not Found; the exchange is archived as a WARC file"),
                tuple(Failure.Stage.CAPTURE, "connection refused by example.test:80"),
                tuple(Failure.Stage.READ, "the response is not an article (image/png part); the exchange is archived"));
        assertThat(out.resolve(result.failures().get(0).archivedAs())).content().contains("Not found");
        assertThat(result.failures().get(1).archivedAs()).isNull();
        assertThat(verbatim.verify(out).valid()).isTrue();
    }

    @Test
    void urlsThatCannotBeFetchedFailOneByOne() throws Exception {
        Verbatim noFetcher = Verbatim.builder().serviceLoader(false).build();
        Path text = Files.writeString(dir.resolve("a.txt"), "Plain words.");
        BundleResult result = noFetcher.bundleInputs(List.of(Input.url("https://example.test/a"), Input.url("https://"),
                Input.url("ftp://example.test/file"), Input.url("http://exa mple.test/"), Input.file(text)),
                dir.resolve("bag"));

        assertThat(result.articles()).hasSize(1);
        assertThat(result.failures()).extracting(Failure::location, Failure::reason).containsExactly(
                tuple("https://example.test/a", "cannot fetch URLs: no fetcher on the class path"
                        + " (verbatim-tika-adapter fetches http and https)"),
                tuple("https://", "not a valid URL: Expected authority at index 8"),
                tuple("ftp://example.test/file", "not a URL Verbatim fetches: only http and https are"),
                tuple("http://exa mple.test/", "not a valid URL: Illegal character in authority at index 7"));
    }

    @Test
    void parseTakesHttpAndHttpsAsUrlsAndAnythingElseAsAPath() {
        assertThat(Input.parse("https://example.org/a")).isEqualTo(Input.url("https://example.org/a"));
        assertThat(Input.parse("HTTP://example.org/a")).isInstanceOf(Input.UrlInput.class);
        assertThat(Input.parse("corpus/a.txt")).isEqualTo(Input.file(Path.of("corpus/a.txt")));
        assertThat(Input.parse("file:///etc/hosts")).isInstanceOf(Input.FileInput.class);
        assertThat(Input.parse("http:notes.txt")).isInstanceOf(Input.FileInput.class);
        assertThat(Input.url(URI.create("https://example.org/")).location()).isEqualTo("https://example.org/");
    }
}
