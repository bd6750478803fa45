package io.github.verbatim.report;

import io.github.verbatim.cite.CitationStyle;
import io.github.verbatim.cite.CitationsText;
import io.github.verbatim.cite.FormattedReference;

/** The references in three styles, and the citation files a reference manager imports. */
final class CitationSection {

    private CitationSection() {
    }

    static void write(Html html, ReportContext ctx) {
        html.raw("<section class=\"part\" id=\"citations\" aria-labelledby=\"citations-h\"><h2 id=\"citations-h\">Citations</h2>")
                .raw("<p class=\"lead\">Every article and post, formatted; the same references for Zotero, Mendeley, "
                        + "EndNote, LaTeX and pandoc are in <a href=\"citations/citations.json\">CSL-JSON</a>, "
                        + "<a href=\"citations/citations.bib\">BibLaTeX</a> and <a href=\"citations/citations.ris\">RIS</a>, "
                        + "and as text in <a href=\"citations/citations.txt\">citations.txt</a>.</p>");
        for (CitationStyle style : CitationStyle.values()) {
            html.raw(style == CitationStyle.APA ? "<details open>" : "<details>").raw("<summary>").text(style.title())
                    .raw("</summary><ol class=\"refs\">");
            for (FormattedReference reference : ctx.bibliography(style)) {
                html.raw("<li>").raw(reference.text()).raw("</li>");
            }
            html.raw("</ol></details>");
        }
        html.raw("<p class=\"legend\">").text(CitationsText.STYLE_CREDIT).raw("</p></section>");
    }
}
