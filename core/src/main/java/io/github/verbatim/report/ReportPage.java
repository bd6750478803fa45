package io.github.verbatim.report;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.cite.CitationsText;
import io.github.verbatim.cite.References;
import io.github.verbatim.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a bundle's {@code data/report.html}: one page a person reads first, with the articles,
 * the quotations (clusters across articles, or each article's own), the social posts on a
 * timeline, discrepancies, sources, failures and the citations.
 *
 * <p>The page is self-contained: its style sheet is inline, it has no script, and its Content
 * Security Policy forbids loading anything, so opening it never touches the network. Every value
 * from the articles is escaped. It uses landmarks, one heading outline and visible focus, reads on
 * a phone (one column below 40em) and prints (no navigation, closed sections opened, link targets
 * written out).
 */
public final class ReportPage {

    private static final String CSS = stylesheet();

    private ReportPage() {
    }

    /**
     * Returns the page.
     *
     * @param view the bundle
     * @param references the references of its articles
     * @return the HTML, UTF-8 text
     */
    public static String render(BundleView view, References references) {
        ReportContext ctx = new ReportContext(view, references);
        Html html = new Html();
        int quotes = view.articles().stream().mapToInt(a -> a.quotes().size()).sum();
        int sources = view.articles().stream().mapToInt(a -> a.sources().size()).sum();
        String title = "Citation bundle: " + ArticleSection.count(view.articles().size(), "article");
        html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                        + "img-src data:; base-uri 'none'; form-action 'none'\">")
                .raw("<meta name=\"referrer\" content=\"no-referrer\">")
                .raw("<meta name=\"generator\"").attr("content", SoftwareAgent.NAME + " " + SoftwareAgent.VERSION).raw(">")
                .raw("<title>").text(title + " — " + SoftwareAgent.NAME).raw("</title><style>").raw(CSS)
                .raw("</style></head><body><a class=\"skip\" href=\"#main\">Skip to the report</a>")
                .raw("<header class=\"masthead\"><div class=\"wrap\"><p class=\"eyebrow\">Verbatim citation bundle</p><h1>")
                .text(title).raw("</h1><p>");
        if (view.created() != null) {
            html.text("Made " + Dates.instant(view.created()) + " by " + SoftwareAgent.NAME + " " + SoftwareAgent.VERSION
                    + ".");
        }
        html.raw("</p><ul class=\"summary\">");
        stat(html, view.articles().size(), "articles");
        stat(html, quotes, "quotations");
        if (view.hasClusters()) {
            stat(html, view.clusters().size(), "quote clusters");
        }
        stat(html, references.posts().size(), "social posts");
        stat(html, sources, "sources named");
        stat(html, view.failures().size(), "failures");
        html.raw("</ul></div><nav class=\"toc\" aria-label=\"Contents\"><div class=\"wrap\"><ol>")
                .raw("<li><a href=\"#articles\">Articles</a></li><li><a href=\"#quotes\">Quotations</a></li>")
                .raw("<li><a href=\"#timeline\">Timeline</a></li>");
        if (!view.discrepancies().isEmpty()) {
            html.raw("<li><a href=\"#discrepancies\">Discrepancies</a></li>");
        }
        html.raw("<li><a href=\"#sources\">Sources</a></li><li><a href=\"#failures\">Failures</a></li>")
                .raw("<li><a href=\"#citations\">Citations</a></li><li><a href=\"#about\">About</a></li></ol></div></nav>")
                .raw("</header><main id=\"main\" tabindex=\"-1\"><div class=\"wrap\">");
        ArticleSection.write(html, ctx);
        QuoteSection.write(html, ctx);
        TimelineSection.write(html, ctx);
        SourceSection.discrepancies(html, ctx);
        SourceSection.sources(html, ctx);
        SourceSection.failures(html, ctx);
        CitationSection.write(html, ctx);
        about(html, view);
        html.raw("</div></main><footer><div class=\"wrap\"><p>").text("Written by " + SoftwareAgent.NAME + " "
                + SoftwareAgent.VERSION + " (" + SoftwareAgent.URL + "), Apache-2.0. " + CitationsText.STYLE_CREDIT)
                .raw("</p></div></footer></body></html>\n");
        return html.toString();
    }

    private static void about(Html html, BundleView view) {
        html.raw("<section class=\"part\" id=\"about\" aria-labelledby=\"about-h\"><h2 id=\"about-h\">About this bundle</h2>")
                .raw("<p class=\"lead\">A BagIt bag: every file below is listed with its SHA-256 and SHA-512 in the bag's "
                        + "manifests, so <code>verbatim verify</code> finds any change. Links work in the unzipped bag.</p>")
                .raw("<ul class=\"files\">")
                .raw("<li><a href=\"collection.json\">collection.json</a>: every input and what became of it</li>")
                .raw("<li><a href=\"citations/citations.json\">citations/citations.json</a>: CSL-JSON</li>")
                .raw("<li><a href=\"citations/citations.bib\">citations/citations.bib</a>: BibLaTeX</li>")
                .raw("<li><a href=\"citations/citations.ris\">citations/citations.ris</a>: RIS</li>")
                .raw("<li><a href=\"citations/citations.txt\">citations/citations.txt</a>: APA, MLA, Chicago</li>")
                .raw("<li><a href=\"annotations.jsonld\">annotations.jsonld</a>: W3C Web Annotations of the quotations</li>")
                .raw("<li><a href=\"provenance.json\">provenance.json</a>: W3C PROV-JSON of the captures and readings</li>");
        for (Article article : view.articles()) {
            String path = "articles/" + article.capture().sha256() + ".json";
            html.raw("<li><a").attr("href", path).raw(">").text(path).raw("</a></li>");
        }
        html.raw("</ul></section>");
    }

    private static void stat(Html html, int n, String label) {
        html.raw("<li><strong>").text(String.valueOf(n)).raw("</strong><span>").text(label).raw("</span></li>");
    }

    private static String stylesheet() {
        try (InputStream in = ReportPage.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("the core jar lacks io/github/verbatim/report/report.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
