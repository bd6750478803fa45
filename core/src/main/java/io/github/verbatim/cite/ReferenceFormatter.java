package io.github.verbatim.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Formats references and in-text citations in a {@link CitationStyle}, through citeproc-java and
 * the official CSL styles shipped in the core jar; nothing is read from the network.
 *
 * <p>A formatter holds one set of items and is not safe for use by several threads at once.
 */
public final class ReferenceFormatter {

    /** What a formatter writes. */
    public enum Output {
        /** Plain text. */
        TEXT("text"),
        /** HTML, with italics as {@code <span style="font-style: italic">}; every text escaped. */
        HTML("html");

        private final String citeprocName;

        Output(String citeprocName) {
            this.citeprocName = citeprocName;
        }
    }

    private final CSL csl;
    private final List<String> keys;
    private final Output output;

    private ReferenceFormatter(CSL csl, List<String> keys, Output output) {
        this.csl = csl;
        this.keys = keys;
        this.output = output;
    }

    /**
     * Returns a formatter for a set of items.
     *
     * @param style the style
     * @param items the items, each with a unique id
     * @param output text or HTML
     * @return the formatter
     * @throws IllegalArgumentException if two items have the same id
     */
    public static ReferenceFormatter of(CitationStyle style, List<CslItem> items, Output output) {
        List<CSLItemData> data = items.stream().map(ReferenceFormatter::data).toList();
        List<String> keys = items.stream().map(CslItem::id).toList();
        if (keys.stream().distinct().count() != keys.size()) {
            throw new IllegalArgumentException("citation keys are not unique: " + keys);
        }
        try {
            CSL csl = new CSL(new ListItemDataProvider(data), new CslResources(), null, CslResources.style(style),
                    CslResources.DEFAULT_LOCALE);
            csl.setOutputFormat(output.citeprocName);
            csl.registerCitationItems(keys);
            return new ReferenceFormatter(csl, keys, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the shipped CSL style " + style.styleId(), e);
        }
    }

    /**
     * Returns the bibliography: every item, in the style's order.
     *
     * @return one entry per item
     */
    public List<FormattedReference> bibliography() {
        if (keys.isEmpty()) {
            return List.of();
        }
        // citeproc-java 3 does not say which item an entry is: render them one by one, in the
        // style's order, each with the disambiguation the whole set gives it.
        List<FormattedReference> out = new ArrayList<>(keys.size());
        for (CSLItemData item : csl.getRegisteredItems()) {
            Bibliography one = csl.makeBibliography(other -> other.getId().equals(item.getId()));
            if (one.getEntries().length == 1) {
                out.add(new FormattedReference(item.getId(), unwrap(one.getEntries()[0].strip())));
            }
        }
        return out;
    }

    /**
     * Returns the in-text citation of some items, such as {@code (Urban Islandz, n.d.; …)}.
     *
     * @param citedKeys keys of items of this formatter
     * @return the citation
     * @throws IllegalArgumentException if a key is not of this formatter
     */
    public String citation(List<String> citedKeys) {
        for (String key : citedKeys) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("no item " + key);
            }
        }
        return csl.makeCitation(citedKeys).get(0).getText();
    }

    /**
     * Returns the citation of words a speaker said, as quoted in some items, such as
     * {@code (Chrissy Teigen, as quoted in Urban Islandz, n.d.; People, 2020)}: the style's in-text
     * citation of the items, with the speaker and "as quoted in" before them.
     *
     * @param speaker who said the words, or null if the items do not say
     * @param citedKeys keys of the items that quote the words
     * @return the citation, in this formatter's output (the speaker HTML-escaped for HTML)
     * @throws IllegalArgumentException if a key is not of this formatter
     */
    public String quotedIn(@Nullable String speaker, List<String> citedKeys) {
        String inner = citation(citedKeys);
        if (inner.startsWith("(") && inner.endsWith(")")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        String who = speaker == null || speaker.isBlank() ? ""
                : (output == Output.HTML ? escapeHtml(SingleLine.of(speaker)) : SingleLine.of(speaker)) + ", ";
        return "(" + who + "as quoted in " + inner + ")";
    }

    /** Returns an HTML entry without citeproc's {@code <div class="csl-entry">} around it. */
    private String unwrap(String entry) {
        String open = "<div class=\"csl-entry\">";
        if (output == Output.HTML && entry.startsWith(open) && entry.endsWith("</div>")) {
            return entry.substring(open.length(), entry.length() - "</div>".length()).strip();
        }
        return entry;
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static CSLItemData data(CslItem item) {
        CSLItemDataBuilder b = new CSLItemDataBuilder()
                .id(item.id())
                .type(CSLType.fromString(item.type()))
                .title(item.plainTitle())
                .containerTitle(item.containerTitle())
                .URL(item.url())
                .archive(item.archive())
                .archiveLocation(item.archiveLocation())
                .genre(item.genre())
                .language(item.language());
        if (!item.author().isEmpty()) {
            b.author(item.author().stream().map(ReferenceFormatter::name).toArray(CSLName[]::new));
        }
        CSLDate issued = date(item.issued());
        if (issued != null) {
            b.issued(issued);
        }
        CSLDate accessed = date(item.accessed());
        if (accessed != null) {
            b.accessed(accessed);
        }
        return b.build();
    }

    private static CSLName name(CslName name) {
        if (name.literal() != null || name.family() == null) {
            return new CSLNameBuilder().literal(name.display()).build();
        }
        return new CSLNameBuilder().family(name.family()).given(name.given()).build();
    }

    private static @Nullable CSLDate date(@Nullable CslDate date) {
        if (date == null) {
            return null;
        }
        int[] parts = date.dateParts().get(0).stream().mapToInt(Integer::intValue).toArray();
        return new CSLDateBuilder().dateParts(parts).build();
    }
}
