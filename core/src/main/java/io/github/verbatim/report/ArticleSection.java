package io.github.verbatim.report;

import io.github.verbatim.cite.CslItem;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Origin;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The articles: one card each with its metadata, where its original is, and how to cite it. */
final class ArticleSection {

    /** An original's path in the bag, which the report (in {@code data/}) links relative to itself. */
    private static final Pattern ORIGINAL = Pattern.compile("data/originals/[0-9a-f]{64}(\\.[a-z0-9]{1,10})?");

    private ArticleSection() {
    }

    static void write(Html html, ReportContext ctx) {
        html.raw("<section class=\"part\" id=\"articles\" aria-labelledby=\"articles-h\">")
                .raw("<h2 id=\"articles-h\">Articles</h2>")
                .raw("<p class=\"lead\">Each input read as an article, in input order, with what its text says about it. "
                        + "A title in square brackets is supplied from the article's first words: the article has none.</p>");
        if (ctx.view().articles().isEmpty()) {
            html.raw("<p class=\"note\">No input could be read as an article.</p></section>");
            return;
        }
        html.raw("<ol class=\"cards\">");
        for (Article article : ctx.view().articles()) {
            card(html, ctx, article);
        }
        html.raw("</ol></section>");
    }

    private static void card(Html html, ReportContext ctx, Article article) {
        CslItem item = ctx.item(article);
        html.raw("<li><article class=\"card\"").attr("id", ctx.anchor(article))
                .attr("aria-labelledby", ctx.anchor(article) + "-h").raw("><h3").attr("id", ctx.anchor(article) + "-h")
                .raw("><span class=\"num\">").text(ctx.number(article) + ".").raw("</span>");
        if (article.title() != null && !article.title().isBlank()) {
            html.text(article.title());
        } else {
            html.raw("<span class=\"devised\">").text(item.plainTitle() == null ? "[Untitled]" : item.plainTitle()).raw("</span>");
        }
        html.raw("</h3><dl class=\"facts\">");
        fact(html, "Outlet", article.publisher() == null ? "not stated" : article.publisher().name());
        if (!article.authors().isEmpty()) {
            fact(html, article.authors().size() == 1 ? "Author" : "Authors", String.join(", ", article.authors()));
        }
        fact(html, "Published", article.published() == null ? "not stated" : article.published());
        if (article.url() != null) {
            html.raw("<dt>URL</dt><dd>").link(article.url(), article.url()).raw("</dd>");
        }
        if (article.language() != null) {
            fact(html, "Language", article.language());
        }
        for (Origin origin : article.capture().origins()) {
            fact(html, "Captured", Dates.instant(origin.capturedAt()) + " from " + origin.location());
        }
        String original = article.capture().archivedAs();
        html.raw("<dt>Original</dt><dd>");
        if (ORIGINAL.matcher(original).matches()) {
            String file = original.substring("data/".length());
            html.raw("<a").attr("href", file).raw(">")
                    .text(file.substring(0, "originals/".length() + 12) + "…" + file.substring(file.lastIndexOf('.')))
                    .raw("</a>");
        } else {
            html.text(original);
        }
        html.raw("<br><span class=\"mono\">").text(article.capture().mediaType() + ", "
                        + NumberFormat.getIntegerInstance(Locale.ROOT).format(article.capture().size()) + " bytes, SHA-256 "
                        + article.capture().sha256()).raw("</span></dd>");
        fact(html, "Read by", article.reader().name() + (article.reader().charset() == null ? ""
                : " as " + article.reader().charset()));
        for (String warning : article.reader().warnings()) {
            fact(html, "Warning", warning);
        }
        html.raw("</dl><ul class=\"counts\" aria-label=\"Found in the text\">")
                .element("li", count(article.quotes().size(), "quotation"))
                .element("li", count(article.socialPosts().size(), "social post"))
                .element("li", count(article.sources().size(), "source"))
                .raw("</ul><p class=\"cite-as\"><strong>Cite as</strong> (APA): ").raw(ctx.apaEntry(item.id()))
                .raw(" <span class=\"tag\">").text(item.id()).raw("</span></p></article></li>");
    }

    private static void fact(Html html, String term, String value) {
        html.element("dt", term).element("dd", value);
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
