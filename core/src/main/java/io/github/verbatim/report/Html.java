package io.github.verbatim.report;

/**
 * Builds an HTML page in which every piece of data is escaped: {@link #text} and {@link #attr}
 * are the only ways data gets in, and markup comes only from constants in this package.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(1 << 16);

    /** Appends markup written in this package, never data. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped for element content; control characters other than line ends are left out. */
    Html text(String text) {
        escape(text, out);
        return this;
    }

    /** Appends {@code <tag>text</tag>}. */
    Html element(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag.split(" ", 2)[0] + ">");
    }

    /** Appends {@code  name="value"}, the value escaped. */
    Html attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value, out);
        out.append('"');
        return this;
    }

    /** Appends a link if the address is a web address, otherwise the text alone. */
    Html link(String href, String text) {
        if (!isWebAddress(href)) {
            return text(text);
        }
        return raw("<a").attr("href", href).raw(">").text(text).raw("</a>");
    }

    /** Returns whether the address is {@code http:} or {@code https:}, the only links the report makes to the web. */
    static boolean isWebAddress(String href) {
        String lower = href.strip().toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && href.equals(href.strip());
    }

    /** Returns the text escaped for element content or a quoted attribute value. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(text, b);
        return b.toString();
    }

    private static void escape(String text, StringBuilder b) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    } else if (c == '\r') {
                        b.append('\n');
                    }
                }
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
