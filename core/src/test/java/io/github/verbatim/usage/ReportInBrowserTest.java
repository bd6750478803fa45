package io.github.verbatim.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.SeedClusters;
import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.cite.References;
import io.github.verbatim.report.BundleView;
import io.github.verbatim.report.ReportPage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser, headless Chromium, opens the seed bundle's report.html: the DOM it builds has
 * the quotations and the timeline, and its screenshot (saved as target/report-screenshot.png) is a
 * page, not a blank.
 */
class ReportInBrowserTest {

    /** Chromium without network, updates, sync or first-run pages: the machine may have no network. */
    private static final List<String> QUIET = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--hide-scrollbars");

    @TempDir
    static Path dir;

    static ExternalTool chromium;
    static BundleResult bundle;
    static Path report;

    @BeforeAll
    static void bundleSeeds() throws IOException {
        chromium = ExternalTool.require("it opens the report as a reader does", "chromium", "chromium-browser",
                "google-chrome");
        Path bag = dir.resolve("bag");
        bundle = Verbatim.builder().serviceLoader(false).clock(Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"),
                ZoneOffset.UTC)).build().bundle(List.of(Seeds.dir()), bag);
        report = bag.resolve("data/report.html");
    }

    @Test
    void theSeedReportShowsTheQuotationsAndThePostsOnATimeline() throws Exception {
        String dom = dumpDom(report);

        assertThat(count(dom, "<article class=\"card\"")).isEqualTo(5);
        assertThat(dom).contains("id=\"quotes\"");
        if (dom.contains("<article class=\"cluster\"")) {
            // Cross-article analysis found clusters: each has its variants.
            assertThat(count(dom, "<article class=\"cluster\"")).isEqualTo(count(dom, "<ol class=\"variants\">"));
        } else {
            assertThat(dom).contains("This bundle has no quote clusters across articles");
            assertThat(count(dom, "<li class=\"quote\">")).isEqualTo(86);
        }
        assertThat(dom).contains("<ol class=\"timeline\">", "<time datetime=\"2020-10-01\">1 October 2020</time>");
        assertThat(count(dom, "<article class=\"post\"")).isEqualTo(29);
        assertThat(dom).contains("We love you, Jack", "@johnlegend", "Every input was read.");
        assertThat(count(dom, "<ol class=\"refs\">")).isEqualTo(3);
        assertThat(dom).doesNotContain("<script");
    }

    @Test
    void aScreenshotOfTheReportIsAPageNotABlank() throws Exception {
        Path screenshot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);

        run("--window-size=1280,2400", "--screenshot=" + screenshot, report.toUri().toString());

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).as("a PNG at " + screenshot).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours in " + screenshot).hasSizeGreaterThan(100);
        int masthead = image.getRGB(10, 10);
        int body = image.getRGB(10, 1200);
        assertThat(masthead).as("the dark masthead differs from the page").isNotEqualTo(body);
    }

    @Test
    void clustersFromTheCollectionShowEachOutletsVariantMarked() throws Exception {
        byte[] collection = SeedClusters.withCluster(Files.readAllBytes(report.resolveSibling("collection.json")),
                bundle.articles(), "We are shocked");
        Path page = dir.resolve("clustered.html");
        Files.writeString(page, ReportPage.render(BundleView.of(bundle.articles(), collection),
                References.of(bundle.articles())));

        String dom = dumpDom(page);

        assertThat(count(dom, "<article class=\"cluster\"")).isEqualTo(1);
        assertThat(dom).contains("Chrissy Teigen: “We are shocked and in the kind of deep pain…”", "<del>",
                "as quoted in", "id=\"discrepancies\"", "Chrissy Teigen, age");
        // Seed 002 sets "we've" with a straight apostrophe: typesetting, not a change, so never marked.
        assertThat(dom).doesNotContain("<del>we’ve</del>");
        assertThat(count(dom, "<ol class=\"variants\">")).isEqualTo(1);
    }

    private static String dumpDom(Path page) throws Exception {
        ExternalTool.Result result = run("--dump-dom", page.toUri().toString());
        assertThat(result.out()).startsWith("<!DOCTYPE html>").contains("</html>");
        return result.out();
    }

    private static ExternalTool.Result run(String... args) throws Exception {
        Path profile = Files.createTempDirectory(dir, "chromium-profile-");
        List<String> all = new java.util.ArrayList<>(QUIET);
        all.add("--user-data-dir=" + profile);
        all.addAll(List.of(args));
        ExternalTool.Result result = chromium.run("", 120, all.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }

    private static int count(String text, String literal) {
        Matcher m = Pattern.compile(Pattern.quote(literal)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
