package io.github.verbatim.cite;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSL-JSON items as BibLaTeX, for biber, LaTeX and pandoc.
 *
 * <p>An article with a known outlet is an {@code @article} of {@code entrysubtype = {newspaper}}
 * in {@code journaltitle}; an article without one, and a post, is an {@code @online} (a post's
 * platform in {@code organization}). Dates are ISO 8601 in {@code date}; the capture time is the
 * {@code urldate}; the archived original is named in {@code addendum}, which the standard styles
 * print. Titles are wrapped in a second pair of braces, so no style changes their case: they are
 * quoted as the outlet wrote them. See {@link LatexText} for the escaping.
 */
public final class BibLatex {

    private static final Pattern AND = Pattern.compile("(?i)(^|\\s)and(\\s|$)");

    private BibLatex() {
    }

    /**
     * Returns the items as a {@code .bib} file, UTF-8 text, one entry per item in order.
     *
     * @param items the items
     * @return the file's text
     */
    public static String write(List<CslItem> items) {
        StringBuilder out = new StringBuilder("% BibLaTeX references written by Verbatim. Encoding: UTF-8; read with biber.\n");
        for (CslItem item : items) {
            out.append('\n').append(entry(item));
        }
        return out.toString();
    }

    /**
     * Returns one item as a BibLaTeX entry.
     *
     * @param item the item
     * @return the entry, ending with a newline
     */
    public static String entry(CslItem item) {
        boolean newspaper = CslItem.ARTICLE_NEWSPAPER.equals(item.type()) && item.containerTitle() != null;
        StringBuilder out = new StringBuilder();
        out.append(newspaper ? "@article{" : "@online{").append(key(item.id())).append(",\n");
        if (!item.author().isEmpty()) {
            field(out, "author", names(item.author()));
        }
        String title = item.plainTitle();
        if (title != null) {
            field(out, "title", "{" + LatexText.escape(title) + "}");
        }
        if (newspaper) {
            field(out, "journaltitle", LatexText.escape(item.containerTitle()));
            field(out, "entrysubtype", "newspaper");
        } else if (item.containerTitle() != null) {
            field(out, "organization", LatexText.escape(item.containerTitle()));
        }
        if (item.issued() != null) {
            field(out, "date", item.issued().iso());
        }
        if (item.url() != null) {
            field(out, "url", LatexText.url(item.url()));
        }
        if (item.accessed() != null) {
            field(out, "urldate", item.accessed().iso());
        }
        String archived = archived(item);
        if (archived != null) {
            field(out, "addendum", LatexText.escape(archived));
        }
        return out.append("}\n").toString();
    }

    /** Returns {@code Archived in ARCHIVE: LOCATION}, or null if the item names no archive. */
    static @Nullable String archived(CslItem item) {
        if (item.archive() == null) {
            return null;
        }
        return "Archived in " + item.archive() + (item.archiveLocation() == null ? "" : ": " + item.archiveLocation());
    }

    /** Returns the names joined by {@code and}: {@code Family, Given}, or a literal in braces. */
    private static String names(List<CslName> names) {
        StringBuilder out = new StringBuilder();
        for (CslName name : names) {
            if (!out.isEmpty()) {
                out.append(" and ");
            }
            if (name.literal() != null || name.family() == null) {
                out.append('{').append(LatexText.escape(name.display())).append('}');
            } else {
                out.append(part(name.family()));
                if (name.given() != null) {
                    out.append(", ").append(part(name.given()));
                }
            }
        }
        return out.toString();
    }

    /** Returns one part of a name, braced where a comma or the word "and" would split it. */
    private static String part(String part) {
        String escaped = LatexText.escape(part);
        return escaped.contains(",") || AND.matcher(escaped).find() ? "{" + escaped + "}" : escaped;
    }

    /** Returns the key with anything BibLaTeX does not allow in a key replaced by {@code -}. */
    private static String key(String id) {
        String key = id.replaceAll("[\\s,{}()%#~\\\\\"'=]", "-");
        return key.isEmpty() ? "item" : key;
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }
}
