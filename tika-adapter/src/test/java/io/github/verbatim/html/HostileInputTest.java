package io.github.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.verbatim.read.Document;
import io.github.verbatim.read.ReadException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that has broken readers: huge, deeply nested, binary, empty. Each gives an article or a
 * {@link ReadException} that says what is wrong; the time limits are only a guard against hangs.
 */
class HostileInputTest {

    /** Far more than any of these takes; only there so that a hang fails instead of blocking the build. */
    private static final Duration GUARD = Duration.ofSeconds(60);
    private static final int DEPTH = 100_000;

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabytePageIsReadInBoundedTime() throws Exception {
        Path file = dir.resolve("huge.html");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html><html><head><title>Huge</title></head><body><article><div class=\"article-body\">");
            for (int i = 0; i < 20; i++) {
                out.write("<p>" + MainTextTest.sentence(i) + "</p>");
            }
            out.write("</div></article><section id=\"comments\">");
            long written = 0;
            for (int i = 0; written < 50_000_000; i++) {
                String comment = "<div class=\"comment\"><a href=\"/user/" + i + "\">reader" + i + "</a><p>Comment "
                        + i + ": I have read this story and I think the council should have acted years ago.</p></div>\n";
                out.write(comment);
                written += comment.length();
            }
            out.write("</section></body></html>");
        }
        assertThat(Files.size(file)).isGreaterThan(50_000_000);

        Document doc = assertTimeoutPreemptively(GUARD, () -> new HtmlReader().read(file, Pages.capture(file)));

        assertThat(Pages.paragraphs(doc)).hasSize(20).startsWith(MainTextTest.sentence(0));
    }

    @Test
    void aPageLargerThanTheLimitIsAReadException() throws Exception {
        Path file = Pages.write(dir, "big.html", ("<p>" + MainTextTest.sentence(1) + "</p>").repeat(100)
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> new HtmlReader(4096).read(file, Pages.capture(file)))
                .isInstanceOf(ReadException.class)
                .hasMessage("inputs/big.html: page of " + Files.size(file)
                        + " bytes is larger than the 4096 bytes Verbatim reads from one page");
    }

    @Test
    void blockElementsNestedAHundredThousandDeep() throws Exception {
        String html = "<html><body>" + "<div>".repeat(DEPTH) + "<p>" + MainTextTest.sentence(1) + "</p>"
                + "</div>".repeat(DEPTH) + "</body></html>";

        Document doc = assertTimeoutPreemptively(GUARD, () -> Pages.read(dir, html));

        assertThat(doc.text()).contains(MainTextTest.sentence(1));
    }

    @Test
    void unclosedElementsNestedAHundredThousandDeep() throws Exception {
        String html = "<html><body>" + "<div><span><blockquote>".repeat(DEPTH / 3) + MainTextTest.sentence(1);

        Document doc = assertTimeoutPreemptively(GUARD, () -> Pages.read(dir, html));

        assertThat(doc.text()).contains(MainTextTest.sentence(1));
    }

    @Test
    void inlineFormattingNestedAHundredThousandDeep() throws Exception {
        String html = "<html><body><p>" + "<b><i>".repeat(DEPTH / 2) + MainTextTest.sentence(1) + "</p></body></html>";

        Document doc = assertTimeoutPreemptively(GUARD, () -> Pages.read(dir, html));

        assertThat(doc.text()).contains(MainTextTest.sentence(1));
    }

    @Test
    void jsonLdNestedAHundredThousandDeepIsAWarning() throws Exception {
        String html = Pages.article("<script type=\"application/ld+json\">" + "[".repeat(DEPTH) + "]".repeat(DEPTH)
                + "</script>", "<p>" + MainTextTest.sentence(1) + "</p><p>" + MainTextTest.sentence(2) + "</p>");

        Document doc = assertTimeoutPreemptively(GUARD, () -> Pages.read(dir, html));

        assertThat(doc.report().warnings()).anyMatch(w -> w.startsWith("a JSON-LD script is not valid JSON, ignored:"));
        assertThat(Pages.paragraphs(doc)).containsExactly(MainTextTest.sentence(1), MainTextTest.sentence(2));
    }

    @Test
    void binaryDataNamedHtmlIsAReadException() throws Exception {
        byte[] bytes = new byte[8192];
        new Random(42).nextBytes(bytes);

        assertThatThrownBy(() -> Pages.read(dir, bytes))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("inputs/page.html: binary data, not text:")
                .hasMessageEndingWith("(the file is not an HTML page)");
    }

    @Test
    void anEmptyFileIsAReadException() throws IOException {
        assertThatThrownBy(() -> Pages.read(dir, new byte[0]))
                .isInstanceOf(ReadException.class)
                .hasMessage("inputs/page.html: empty file (0 bytes), no text to read");
    }

    @Test
    void aPageOfOnlyMarkupAndSpaceIsAReadException() throws IOException {
        assertThatThrownBy(() -> Pages.read(dir, "<!DOCTYPE html>\n<html>\n<head></head>\n<body>\n \u00A0 \n</body></html>"))
                .isInstanceOf(ReadException.class)
                .hasMessageMatching("inputs/page\\.html: no text found in the page \\(\\d+ bytes of text/html\\)");
    }
}
