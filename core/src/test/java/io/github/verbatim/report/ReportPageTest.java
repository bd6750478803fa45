package io.github.verbatim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.SeedClusters;
import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.cite.References;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.SourceKind;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report page: what it shows for the seeds, for clusters, and that no value can become markup. */
class ReportPageTest {

    private static final Verbatim VERBATIM = Verbatim.builder().serviceLoader(false).build();

    @Test
    void theSeedReportHasEverySectionAndLoadsNothing() throws Exception {
        List<Article> seeds = seeds();

        String html = ReportPage.render(BundleView.of(seeds), References.of(seeds));

        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';",
                        "<main id=\"main\"", "<nav class=\"toc\" aria-label=\"Contents\">",
                        "id=\"articles\"", "id=\"quotes\"", "id=\"timeline\"", "id=\"sources\"", "id=\"failures\"",
                        "id=\"citations\"", "@media print", "@media (max-width: 40rem)", ":focus-visible",
                        "<a href=\"originals/" + Seeds.sha256(Seeds.seed("004")) + ".txt\">")
                .doesNotContain("<script", "src=\"http", "href=\"http://fonts", "@import", "url(", "id=\"discrepancies\"");
        assertThat(html.split("<h1>", -1)).hasSize(2);
    }

    @Test
    void clustersMarkEachVariantAgainstTheClustersWording() throws Exception {
        List<Article> seeds = seeds();
        byte[] collection = SeedClusters.withCluster("{\"failures\": []}".getBytes(StandardCharsets.UTF_8), seeds,
                "We were never able");

        BundleView view = BundleView.of(seeds, collection);
        String html = ReportPage.render(view, References.of(seeds));

        assertThat(view.clusters()).singleElement().satisfies(c -> {
            assertThat(c.members()).hasSize(4);
            assertThat(c.text()).isEqualTo("We were never able to stop the bleeding and give our baby the fluids he "
                    + "needed, despite bags and bags of blood transfusions. It just wasn’t enough.");
        });
        assertThat(html).contains("<article class=\"cluster\" id=\"cluster-q1\"", "(Chrissy Teigen, as quoted in",
                "Chrissy Teigen, age", "<td data-label=\"Value\">39</td>");
        // A straight apostrophe for a curly one is typesetting, not a change of words: never marked.
        assertThat(html).doesNotContain("<del>wasn’t</del>", "<ins>wasn&#39;t</ins>");
    }

    @Test
    void noValueFromAnArticleOrTheCollectionBecomesMarkup() throws Exception {
        Article read = VERBATIM.extract(hostileFile());
        Article article = new Article(read.id(), "<script>alert(\"title\")</script>", List.of("Jane <b>Doe</b>"),
                new Source(SourceKind.PUBLISHER, "Outlet \"><img src=x onerror=alert(5)>", "javascript:alert(6)",
                        read.quotes().get(0).provenance()),
                "2020-10-01", "javascript:alert(7)", "en", read.text(), read.paragraphs(), read.boilerplate(),
                read.quotes(), read.socialPosts(), read.sources(), read.capture(), read.reader(), read.provenance());
        String collection = """
                {"created": "2026-11-21T10:15:30Z",
                 "failures": [{"location": "<img src=x onerror=alert(8)>.txt", "stage": "read",
                               "reason": "<script>alert(9)</script>", "archivedAs": "data/originals/x.bin"}],
                 "quoteClusters": [{"id": "\\"><script>", "speaker": "<i>Mallory</i>",
                                    "members": [{"article": "%s", "start": %d, "end": %d}]}],
                 "discrepancies": [{"subject": "<script>alert(10)</script>", "values": ["<b>34</b>"]}]}
                """.formatted(article.id(), read.quotes().get(1).provenance().position().start(),
                read.quotes().get(1).provenance().position().end());

        String html = ReportPage.render(BundleView.of(List.of(article), collection.getBytes(StandardCharsets.UTF_8)),
                References.of(List.of(article)));

        assertThat(html).doesNotContain("<script", "<img", "<b>", "<i>Mallory", "href=\"javascript:", "<b>34");
        assertThat(html).contains("&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;",
                "&lt;/blockquote&gt;&lt;script&gt;alert(3)&lt;/script&gt; We are here,",
                "I am so sorry &lt;script&gt;alert(4)&lt;/script&gt;", "Evil &lt;b&gt;Name&lt;/b&gt;",
                "&lt;img src=x onerror=alert(8)&gt;.txt", "&lt;i&gt;Mallory&lt;/i&gt;", "id=\"cluster----script-\"",
                "<dt>URL</dt><dd>javascript:alert(7)</dd>");
    }

    private static List<Article> seeds() throws Exception {
        return Seeds.files().stream().map(ReportPageTest::extract).toList();
    }

    private static Article extract(Path file) {
        try {
            return VERBATIM.extract(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Path hostileFile() throws URISyntaxException {
        return Path.of(ReportPageTest.class.getResource("/hostile/hostile.txt").toURI());
    }
}
