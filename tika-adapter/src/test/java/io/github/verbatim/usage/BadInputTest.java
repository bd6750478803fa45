package io.github.verbatim.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.bundle.InputRecord;
import io.github.verbatim.bundle.InputStatus;
import io.github.verbatim.model.Article;
import io.github.verbatim.testing.Documents;
import io.github.verbatim.testing.Schemas;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs through {@code Verbatim.create().bundle(...)}, with every reader on
 * the class path: each gives a clear failure of its own or a correct article — never a crash, a
 * hang, or a lost batch. Written against the public API only, so it holds whichever reader reads
 * HTML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(600)
class BadInputTest {

    private static final int BIG_PAGE = 50 * 1024 * 1024;
    private static final int DEPTH = 100_000;

    private Path dir;
    private BundleResult result;
    private Map<String, InputRecord> inputs;
    private Map<String, Failure> failures;
    private Duration took;

    @BeforeAll
    void bundleTheBadInputs(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("00-good.html"), Documents.html("Harbour news", "The harbour reopened on Monday."));
        bigPage(in.resolve("01-big.html"));
        Files.writeString(in.resolve("02-deep.html"), "<!DOCTYPE html><html><head><title>Deep</title></head><body>"
                + "<div>".repeat(DEPTH) + "Deep text." + "</div>".repeat(DEPTH) + "</body></html>");
        byte[] binary = new byte[64 * 1024];
        new Random(7).nextBytes(binary);
        Files.write(in.resolve("03-binary.html"), binary);
        Files.write(in.resolve("04-empty.html"), new byte[0]);
        Files.writeString(in.resolve("05-blank.html"), "<!DOCTYPE html><html><head></head><body>  </body></html>");
        Files.write(in.resolve("06-encrypted.pdf"), Documents.encryptedPdf());
        Files.write(in.resolve("07-truncated.pdf"), Documents.truncatedPdf());
        Files.writeString(in.resolve("08-good.txt"), "The bridge vote was delayed, the mayor said.");
        long start = System.nanoTime();
        // The defaults, as a user gets them: 60 s to read each input.
        result = Verbatim.create().bundle(List.of(in), dir.resolve("bag"));
        took = Duration.ofNanos(System.nanoTime() - start);
        inputs = result.collection().inputs().stream()
                .collect(Collectors.toMap(i -> Path.of(i.location()).getFileName().toString(), Function.identity()));
        failures = result.failures().stream()
                .collect(Collectors.toMap(f -> Path.of(f.location()).getFileName().toString(), Function.identity()));
        System.err.println("Bad inputs bundled in " + took.toMillis() + " ms; the 50 MB page: "
                + (article("01-big.html").isPresent() ? "read" : failures.get("01-big.html").reason()));
    }

    private static void bigPage(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html><html><head><title>Big</title></head><body>\n");
            long written = 60;
            for (int i = 0; written < BIG_PAGE - 100; i++) {
                String p = "<p>Paragraph " + i + " says the harbour reopened and the boats returned.</p>\n";
                out.write(p);
                written += p.length();
            }
            out.write("<p>The last paragraph.</p></body></html>\n");
        }
    }

    @Test
    void theRestOfTheBatchIsBundledAndTheBagVerifies() throws Exception {
        // Nine inputs, each held to 60 s: never a hang.
        assertThat(took).isLessThan(Duration.ofMinutes(9));
        assertThat(inputs).containsOnlyKeys("00-good.html", "01-big.html", "02-deep.html", "03-binary.html",
                "04-empty.html", "05-blank.html", "06-encrypted.pdf", "07-truncated.pdf", "08-good.txt");
        assertThat(article("00-good.html")).hasValueSatisfying(a -> assertThat(a.text()).contains("The harbour reopened"));
        assertThat(article("08-good.txt")).hasValueSatisfying(a -> assertThat(a.text()).contains("bridge vote"));
        assertThat(Verbatim.create().verify(dir.resolve("bag")).valid()).isTrue();
        Schemas.assertValid(dir.resolve("bag"));
        // Every failed input is still archived.
        assertThat(result.failures()).allSatisfy(f -> assertThat(f.archivedAs()).isNotNull());
    }

    @Test
    void aFiftyMegabytePageIsReadWholeOrFailsSayingWhy() {
        Optional<Article> big = article("01-big.html");
        if (big.isPresent()) {
            assertThat(big.get().text()).contains("Paragraph 0 says", "The last paragraph.");
            assertThat(big.get().paragraphs().size()).isGreaterThan(500_000);
        } else {
            assertThat(failures.get("01-big.html").reason())
                    .matches("read timed out after .*|ran out of memory .*|more than \\d+ characters of text.*");
        }
    }

    @Test
    void markupNestedAHundredThousandDeepIsReadOrFailsSayingWhy() {
        Optional<Article> deep = article("02-deep.html");
        if (deep.isPresent()) {
            assertThat(deep.get().text()).contains("Deep text.");
        } else {
            assertThat(failures.get("02-deep.html").reason())
                    .matches("read timed out after .*|ran out of memory .*|.*ran out of stack.*|.*nested too deeply.*");
        }
    }

    @Test
    void binaryDataNamedHtmlIsRefusedAsBinary() {
        assertThat(failures.get("03-binary.html").reason()).startsWith("binary data, not text");
    }

    @Test
    void anEmptyOrBlankPageHasNoTextToRead() {
        assertThat(failures.get("04-empty.html").reason()).isEqualTo("empty file (0 bytes), no text to read");
        assertThat(failures.get("05-blank.html").reason()).contains("no text");
    }

    @Test
    void anEncryptedOrTruncatedPdfSaysSo() {
        assertThat(failures.get("06-encrypted.pdf").reason())
                .isEqualTo("encrypted application/pdf: it cannot be read without its password");
        assertThat(failures.get("07-truncated.pdf").reason()).startsWith("cannot read it as application/pdf");
    }

    private Optional<Article> article(String name) {
        InputRecord input = inputs.get(name);
        if (input == null || input.status() != InputStatus.READ) {
            return Optional.empty();
        }
        return result.articles().stream().filter(a -> a.id().equals(input.article())).findFirst();
    }
}
