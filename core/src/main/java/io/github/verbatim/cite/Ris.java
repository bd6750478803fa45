package io.github.verbatim.cite;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSL-JSON items as RIS, the tagged format of EndNote, Zotero, Mendeley and most library
 * catalogues.
 *
 * <p>An article with a known outlet is {@code NEWS} (outlet in {@code T2}), one without is
 * {@code ELEC}, a post is {@code ICOMM} (platform in {@code T2}, genre in {@code M3}). Tags follow
 * Zotero's reading of them: {@code DA} the date and {@code PY} its year, {@code Y2} the access
 * (capture) date, {@code DB} the archive and {@code AN} the place in it. Every value is one line:
 * line ends and tabs become spaces and control characters are left out, so no text can end a
 * record or start a tag. Values are UTF-8 (in Unicode NFC), as Zotero, Mendeley and EndNote read
 * them; lines end with CRLF, as the format's definition has them.
 */
public final class Ris {

    private static final String EOL = "\r\n";

    private Ris() {
    }

    /**
     * Returns the items as a {@code .ris} file, one record per item in order.
     *
     * @param items the items
     * @return the file's text
     */
    public static String write(List<CslItem> items) {
        StringBuilder out = new StringBuilder();
        for (CslItem item : items) {
            if (!out.isEmpty()) {
                out.append(EOL);
            }
            out.append(record(item));
        }
        return out.toString();
    }

    /**
     * Returns one item as a RIS record, from {@code TY} to {@code ER}.
     *
     * @param item the item
     * @return the record, ending with a line end
     */
    public static String record(CslItem item) {
        StringBuilder out = new StringBuilder();
        tag(out, "TY", type(item));
        tag(out, "ID", item.id());
        for (CslName name : item.author()) {
            tag(out, "AU", name.literal() != null || name.family() == null ? name.display()
                    : name.family() + (name.given() == null ? "" : ", " + name.given()));
        }
        tag(out, "TI", item.plainTitle());
        tag(out, "T2", item.containerTitle());
        if (item.issued() != null) {
            tag(out, "PY", String.format("%04d", item.issued().year()));
            tag(out, "DA", date(item.issued()));
        }
        if (item.accessed() != null) {
            tag(out, "Y2", date(item.accessed()));
        }
        tag(out, "UR", item.url());
        tag(out, "M3", item.genre());
        tag(out, "LA", item.language());
        tag(out, "DB", item.archive());
        tag(out, "AN", item.archiveLocation());
        out.append("ER  - ").append(EOL);
        return out.toString();
    }

    private static String type(CslItem item) {
        if (CslItem.POST.equals(item.type())) {
            return "ICOMM";
        }
        return item.containerTitle() != null ? "NEWS" : "ELEC";
    }

    /** Returns {@code YYYY/MM/DD/}, with the parts that are not known left empty. */
    private static String date(CslDate date) {
        return String.format("%04d/%s/%s/", date.year(),
                date.month() == null ? "" : String.format("%02d", date.month()),
                date.day() == null ? "" : String.format("%02d", date.day()));
    }

    private static void tag(StringBuilder out, String tag, @Nullable String value) {
        if (value == null) {
            return;
        }
        String line = SingleLine.of(value);
        if (!line.isEmpty()) {
            out.append(tag).append("  - ").append(line).append(EOL);
        }
    }
}
