package io.github.verbatim.tika;

import java.nio.CharBuffer;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML body with a blank line between block elements, so that
 * {@link io.github.verbatim.text.ParagraphSplitter} finds the document's own paragraphs.
 *
 * <p>Tika ends each block ({@code <p>}, heading, list item, table row, …) with a single line end,
 * the same as a line break inside a block (a PDF line, a DOCX soft break), so its plain text cannot
 * tell the two apart. Here every block boundary is a blank line and every line inside a block one
 * line end; white space at the start and end of each block and at the end of each line is dropped,
 * other white space inside a block is kept as Tika gave it, such as the tab Tika puts between the
 * cells of a table row.
 *
 * <p>For markup (HTML, XHTML, EPUB) white space in the text is the source's layout, not the
 * document's: there, as a browser renders it, each run of spaces, tabs and line ends is one space
 * (except inside {@code <pre>}), and only {@code <br>} breaks a line.
 */
final class ParagraphTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
            "tr", "ul");

    private final StringBuilder text = new StringBuilder();
    private final int writeLimit;
    private final boolean markup;
    /** A block boundary was passed since the last text. */
    private boolean blockBreak;
    /** How many {@code <pre>} elements are open. */
    private int preDepth;

    /**
     * Creates the handler.
     *
     * @param writeLimit the most characters to collect; more fails the parse with Tika's
     *     {@link WriteLimitReachedException}
     * @param markup whether the document is markup, whose source white space collapses
     */
    ParagraphTextHandler(int writeLimit, boolean markup) {
        this.writeLimit = writeLimit;
        this.markup = markup;
    }

    /** Returns the text collected, without trailing white space. */
    String text() {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        String name = name(localName, qName);
        if (BLOCKS.contains(name)) {
            blockBreak = true;
            if (name.equals("pre")) {
                preDepth++;
            }
        } else if (name.equals("br")) {
            lineBreak();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (BLOCKS.contains(name)) {
            blockBreak = true;
            if (name.equals("pre") && preDepth > 0) {
                preDepth--;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        CharSequence chunk = markup && preDepth == 0
                ? collapse(ch, start, length)
                : CharBuffer.wrap(ch, start, length);
        int from = 0;
        int end = chunk.length();
        if (blockBreak || text.isEmpty()) {
            while (from < end && isSpace(chunk.charAt(from))) {
                from++;
            }
        } else if (markup && preDepth == 0 && end > 0 && chunk.charAt(0) == ' '
                && (atLineStart() || text.charAt(text.length() - 1) == ' ')) {
            from = 1;
        }
        if (from == end) {
            return;
        }
        if (blockBreak) {
            if (!text.isEmpty()) {
                trimTrailing(true);
                append("\n\n");
            }
            blockBreak = false;
        }
        append(chunk.subSequence(from, end));
    }

    /**
     * Keeps Tika's ignorable white space inside a block: line ends between the lines of a PDF
     * paragraph come this way, and tabs between table cells. At a block boundary it is dropped.
     */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (blockBreak || text.isEmpty()) {
            return;
        }
        for (int i = start; i < start + length; i++) {
            if (ch[i] == '\n') {
                lineBreak();
            } else if (!atLineStart()) {
                append(String.valueOf(ch[i]));
            }
        }
    }

    private void lineBreak() throws SAXException {
        if (!blockBreak && !text.isEmpty()) {
            trimTrailing(false);
            append("\n");
        }
    }

    private boolean atLineStart() {
        return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
    }

    /** Drops white space at the end of the text: of the current line only, or all of it. */
    private void trimTrailing(boolean lineEnds) {
        int end = text.length();
        while (end > 0 && (lineEnds || text.charAt(end - 1) != '\n') && isSpace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
    }

    private void append(CharSequence s) throws SAXException {
        if ((long) text.length() + s.length() > writeLimit) {
            throw new WriteLimitReachedException(writeLimit);
        }
        text.append(s);
    }

    /** Returns the characters with each run of HTML white space (space, tab, line ends, form feed) as one space. */
    private static String collapse(char[] ch, int start, int length) {
        StringBuilder s = new StringBuilder(length);
        boolean space = false;
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space = true;
            } else {
                if (space) {
                    s.append(' ');
                    space = false;
                }
                s.append(c);
            }
        }
        if (space) {
            s.append(' ');
        }
        return s.toString();
    }

    private static String name(String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
