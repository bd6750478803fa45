package io.github.verbatim.report;

import io.github.verbatim.cite.CitationStyle;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quotations: clusters of the same words across articles, each outlet's variant marked against
 * the cluster's wording; or, in a bundle without clusters, each article's own quotations.
 */
final class QuoteSection {

    private QuoteSection() {
    }

    static void write(Html html, ReportContext ctx) {
        html.raw("<section class=\"part\" id=\"quotes\" aria-labelledby=\"quotes-h\"><h2 id=\"quotes-h\">Quotations</h2>");
        if (ctx.view().hasClusters()) {
            html.raw("<p class=\"lead\">The same words as each article quotes them. In each variant, <ins>marked words</ins> "
                    + "are that article's own, <del>struck words</del> are in the wording at the top but not in that "
                    + "article.</p>");
            for (QuoteCluster cluster : ctx.view().clusters()) {
                cluster(html, ctx, cluster);
            }
        } else {
            html.raw("<p class=\"note\">This bundle has no quote clusters across articles: each article's quotations "
                    + "are listed on their own.</p>");
            for (Article article : ctx.view().articles()) {
                article(html, ctx, article);
            }
        }
        html.raw("</section>");
    }

    private static void cluster(Html html, ReportContext ctx, QuoteCluster cluster) {
        String id = "cluster-" + cluster.id().replaceAll("[^A-Za-z0-9_-]", "-");
        html.raw("<article class=\"cluster\"").attr("id", id).attr("aria-labelledby", id + "-h").raw(">")
                .raw("<h3").attr("id", id + "-h").raw(">")
                .text((cluster.speaker() == null ? "Speaker not stated" : cluster.speaker()) + ": “" + opening(cluster.text())
                        + "”").raw("</h3><blockquote class=\"canonical\">").text(cluster.text()).raw("</blockquote>")
                .raw("<p class=\"who\">").text("Quoted " + ArticleSection.count(cluster.members().size(), "time")
                        + "; each variant as the article has it:").raw("</p><ol class=\"variants\">");
        List<String> keys = new ArrayList<>();
        for (QuoteCluster.Member member : cluster.members()) {
            Article article = ctx.article(member.article());
            html.raw("<li class=\"quote\"><blockquote>");
            for (WordDiff.Part part : WordDiff.compare(cluster.text(), member.text())) {
                switch (part.kind()) {
                    case SAME -> html.text(part.text());
                    case ADDED -> html.raw("<ins>").text(part.text()).raw("</ins>");
                    case REMOVED -> html.raw("<del>").text(part.text()).raw("</del>");
                }
            }
            html.raw("</blockquote><p class=\"attribution\">");
            if (article == null) {
                html.text("an article not in this bundle (" + member.article() + ")");
            } else {
                String key = ctx.references().key(article);
                if (!keys.contains(key)) {
                    keys.add(key);
                }
                html.raw("<a").attr("href", "#" + ctx.anchor(article)).raw(">").text(ctx.label(article)).raw("</a>");
            }
            html.text(WordDiff.differs(cluster.text(), member.text()) ? " · differs" : " · same wording");
            if (member.quote() != null) {
                attribution(html, member.quote());
            }
            html.raw("</p></li>");
        }
        html.raw("</ol>");
        if (!keys.isEmpty()) {
            html.raw("<p class=\"cite-as\"><strong>Cite as</strong> (APA): ")
                    .raw(ctx.formatter(CitationStyle.APA).quotedIn(cluster.speaker(), keys)).raw("</p>");
        }
        html.raw("</article>");
    }

    /** Returns the first ten words of a quotation, for a heading. */
    private static String opening(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length <= 10 ? String.join(" ", words) : String.join(" ", List.of(words).subList(0, 10)) + "…";
    }

    private static void article(Html html, ReportContext ctx, Article article) {
        String id = "quotes-" + ctx.anchor(article);
        List<Quote> statements = new ArrayList<>();
        List<Quote> others = new ArrayList<>();
        for (Quote quote : article.quotes()) {
            (quote.kind() == QuoteKind.STATEMENT || quote.kind() == QuoteKind.PARTIAL ? statements : others).add(quote);
        }
        html.raw("<section class=\"quotes-of\"").attr("id", id).attr("aria-labelledby", id + "-h").raw("><h3")
                .attr("id", id + "-h").raw("><a").attr("href", "#" + ctx.anchor(article)).raw(">")
                .text(ctx.number(article) + ". " + ctx.label(article)).raw("</a> <span class=\"tag\">")
                .text(ArticleSection.count(article.quotes().size(), "quotation")).raw("</span></h3>");
        if (article.quotes().isEmpty()) {
            html.raw("<p class=\"attribution\">No quotations found.</p>");
        }
        list(html, statements);
        if (!others.isEmpty()) {
            html.raw("<details><summary>").text("Titles and other quoted text (" + others.size() + ")")
                    .raw("</summary>");
            list(html, others);
            html.raw("</details>");
        }
        if (!article.quotes().isEmpty()) {
            html.raw("<p class=\"cite-as\"><strong>Cite as</strong> (APA): ")
                    .raw(ctx.formatter(CitationStyle.APA).citation(List.of(ctx.references().key(article)))).raw("</p>");
        }
        html.raw("</section>");
    }

    private static void list(Html html, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return;
        }
        html.raw("<ol class=\"quotes\">");
        for (Quote quote : quotes) {
            html.raw("<li class=\"quote\"><blockquote>").text(quote.text()).raw("</blockquote><p class=\"attribution\">");
            if (quote.speaker() != null) {
                html.raw("— <strong>").text(quote.speaker().name()).raw("</strong>");
                if (quote.cue() != null) {
                    html.text(" (" + quote.cue() + ")");
                }
            } else {
                html.text(quote.kind() == QuoteKind.STATEMENT ? "— speaker not stated" : "");
            }
            tags(html, quote);
            if (quote.socialPost() != null) {
                html.text(" · ").link(quote.socialPost(), "the post");
            }
            html.raw("</p></li>");
        }
        html.raw("</ol>");
    }

    private static void attribution(Html html, Quote quote) {
        if (quote.speaker() != null) {
            html.raw(" · ").text(quote.speaker().name() + (quote.cue() == null ? "" : " (" + quote.cue() + ")"));
        }
        if (quote.channel() != null) {
            html.raw(" <span class=\"tag\">").text(channel(quote.channel())).raw("</span>");
        }
    }

    /** Appends the quote's kind and, where known, the channel it was published in. */
    private static void tags(Html html, Quote quote) {
        html.raw(" <span class=\"kind\">").text(quote.kind().name().toLowerCase(Locale.ROOT)).raw("</span>");
        if (quote.channel() != null) {
            html.raw(" <span class=\"tag\">").text(channel(quote.channel())).raw("</span>");
        }
    }

    /** Returns a channel such as {@code instagram-story} or {@code interview:The Cut} for reading: "via instagram story". */
    private static String channel(String channel) {
        int colon = channel.indexOf(':');
        String kind = (colon < 0 ? channel : channel.substring(0, colon)).replace('-', ' ');
        return "via " + kind + (colon < 0 ? "" : ", " + channel.substring(colon + 1));
    }
}
