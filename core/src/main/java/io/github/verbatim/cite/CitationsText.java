package io.github.verbatim.cite;

import io.github.verbatim.SoftwareAgent;
import java.util.List;

/**
 * Writes a bundle's {@code citations.txt}: every reference formatted in APA 7, MLA 9 and Chicago
 * author-date, then each quotation the articles share, cited "as quoted in" them.
 */
public final class CitationsText {

    /** The credit the CSL styles' licence (CC BY-SA 3.0) asks for, one line. */
    public static final String STYLE_CREDIT = "Formatted by citeproc-java with the official styles of the Citation "
            + "Style Language project (https://citationstyles.org/), licensed CC BY-SA 3.0.";

    private CitationsText() {
    }

    /**
     * Returns the text.
     *
     * @param items the items to format, with unique ids
     * @param quotations the quotations to cite, which may be none
     * @return plain UTF-8 text, lines ending with {@code \n}
     */
    public static String write(List<CslItem> items, List<Quotation> quotations) {
        StringBuilder out = new StringBuilder();
        out.append("References written by ").append(SoftwareAgent.NAME).append(' ').append(SoftwareAgent.VERSION)
                .append(": ").append(items.size()).append(items.size() == 1 ? " work" : " works").append(".\n")
                .append(STYLE_CREDIT).append('\n');
        for (CitationStyle style : CitationStyle.values()) {
            heading(out, style.title());
            ReferenceFormatter formatter = ReferenceFormatter.of(style, items, ReferenceFormatter.Output.TEXT);
            for (FormattedReference reference : formatter.bibliography()) {
                out.append(reference.text()).append("\n\n");
            }
            if (!quotations.isEmpty()) {
                heading(out, "Quotations, as quoted in the works above (" + style.title() + ")");
                for (Quotation quotation : quotations) {
                    out.append('“').append(SingleLine.of(quotation.text())).append("”\n  ")
                            .append(formatter.quotedIn(quotation.speaker(), quotation.keys())).append("\n\n");
                }
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void heading(StringBuilder out, String title) {
        out.append("\n\n").append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
    }
}
