package io.github.verbatim.report;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.SourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The facts the articles disagree on, the sources they name, and the inputs that failed. */
final class SourceSection {

    /** One source as all the articles name it. */
    private static final class Named {
        final String name;
        @Nullable String url;
        final Set<String> roles = new LinkedHashSet<>();
        final Set<Article> articles = new LinkedHashSet<>();

        Named(String name) {
            this.name = name;
        }
    }

    private SourceSection() {
    }

    /** Writes the discrepancies, if there are any. */
    static void discrepancies(Html html, ReportContext ctx) {
        if (ctx.view().discrepancies().isEmpty()) {
            return;
        }
        html.raw("<section class=\"part\" id=\"discrepancies\" aria-labelledby=\"discrepancies-h\">")
                .raw("<h2 id=\"discrepancies-h\">Discrepancies</h2>")
                .raw("<p class=\"lead\">Facts the articles give differently.</p><div class=\"table-wrap\" tabindex=\"0\" "
                        + "role=\"region\" aria-label=\"Discrepancies\"><table><thead><tr><th scope=\"col\">Fact</th>"
                        + "<th scope=\"col\">Value</th><th scope=\"col\">Given by</th></tr></thead><tbody>");
        for (Discrepancy discrepancy : ctx.view().discrepancies()) {
            List<Discrepancy.Reading> readings = discrepancy.readings().isEmpty()
                    ? List.of(new Discrepancy.Reading("", List.of())) : discrepancy.readings();
            for (int i = 0; i < readings.size(); i++) {
                html.raw("<tr>");
                if (i == 0) {
                    html.raw("<th scope=\"row\"").attr("rowspan", String.valueOf(readings.size())).raw(">")
                            .text(discrepancy.subject()).raw("</th>");
                }
                html.raw("<td data-label=\"Value\">").text(readings.get(i).value()).raw("</td><td data-label=\"Given by\">");
                articles(html, ctx, readings.get(i).articles());
                html.raw("</td></tr>");
            }
        }
        html.raw("</tbody></table></div></section>");
    }

    /** Writes the sources the articles name, each once with every role it plays and who names it. */
    static void sources(Html html, ReportContext ctx) {
        Map<String, Named> named = new LinkedHashMap<>();
        for (Article article : ctx.view().articles()) {
            for (Source source : article.sources()) {
                Named n = named.computeIfAbsent(source.name().strip().toLowerCase(Locale.ROOT), k -> new Named(source.name()));
                n.roles.add(role(source.kind()));
                n.articles.add(article);
                if (n.url == null && source.url() != null) {
                    n.url = source.url();
                }
            }
        }
        html.raw("<section class=\"part\" id=\"sources\" aria-labelledby=\"sources-h\"><h2 id=\"sources-h\">Sources</h2>")
                .raw("<p class=\"lead\">Who the articles name as their publisher, where they were republished from, the "
                        + "authorities they cite, and the works, articles and platforms they refer to.</p>");
        if (named.isEmpty()) {
            html.raw("<p class=\"note\">The articles name no sources.</p></section>");
            return;
        }
        html.raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Sources\"><table><thead><tr>"
                + "<th scope=\"col\">Source</th><th scope=\"col\">Role</th><th scope=\"col\">Named by</th></tr></thead><tbody>");
        for (Named n : named.values()) {
            html.raw("<tr><th scope=\"row\">");
            if (n.url != null) {
                html.link(n.url, n.name);
            } else {
                html.text(n.name);
            }
            html.raw("</th><td data-label=\"Role\">").text(String.join(", ", n.roles)).raw("</td><td data-label=\"Named by\">");
            articles(html, ctx, n.articles.stream().map(Article::id).toList());
            html.raw("</td></tr>");
        }
        html.raw("</tbody></table></div></section>");
    }

    /** Writes the inputs that could not be captured or read, or that every input was read. */
    static void failures(Html html, ReportContext ctx) {
        html.raw("<section class=\"part\" id=\"failures\" aria-labelledby=\"failures-h\"><h2 id=\"failures-h\">Failures</h2>");
        List<FailedInput> failures = ctx.view().failures();
        if (failures.isEmpty()) {
            html.raw("<p class=\"ok\">Every input was read.</p></section>");
            return;
        }
        html.raw("<p class=\"lead\">Inputs that could not be captured or read. Where their bytes could be copied, they "
                + "are archived all the same.</p><div class=\"table-wrap\" tabindex=\"0\" role=\"region\" "
                + "aria-label=\"Failures\"><table><thead><tr><th scope=\"col\">Input</th><th scope=\"col\">Stage</th>"
                + "<th scope=\"col\">Reason</th><th scope=\"col\">Archived as</th></tr></thead><tbody>");
        for (FailedInput failure : failures) {
            html.raw("<tr><th scope=\"row\" class=\"mono\">").text(failure.location()).raw("</th><td data-label=\"Stage\">")
                    .text(failure.stage()).raw("</td><td data-label=\"Reason\">").text(failure.reason())
                    .raw("</td><td data-label=\"Archived as\" class=\"mono\">")
                    .text(failure.archivedAs() == null ? "not archived" : failure.archivedAs()).raw("</td></tr>");
        }
        html.raw("</tbody></table></div></section>");
    }

    private static void articles(Html html, ReportContext ctx, List<String> ids) {
        List<String> seen = new ArrayList<>();
        for (String id : ids) {
            if (seen.contains(id)) {
                continue;
            }
            if (!seen.isEmpty()) {
                html.text(", ");
            }
            seen.add(id);
            Article article = ctx.article(id);
            if (article == null) {
                html.raw("<span class=\"mono\">").text(id).raw("</span>");
            } else {
                html.raw("<a").attr("href", "#" + ctx.anchor(article)).raw(">").text(ctx.label(article)).raw("</a>");
            }
        }
    }

    private static String role(SourceKind kind) {
        return switch (kind) {
            case PUBLISHER -> "publisher";
            case REPUBLISHED_FROM -> "republished from";
            case CITED -> "cited authority";
            case RELATED -> "related article";
            case PLATFORM -> "platform";
            case REFERENCED -> "referenced work";
        };
    }
}
