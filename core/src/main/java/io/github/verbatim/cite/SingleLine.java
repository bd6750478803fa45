package io.github.verbatim.cite;

import java.text.Normalizer;

/**
 * Text made fit for a one-line field: Unicode NFC, every run of white space (line ends, tabs,
 * line and paragraph separators) one space, control characters left out, no space at either end.
 */
final class SingleLine {

    private SingleLine() {
    }

    /** Returns the text on one line. */
    static String of(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); ) {
            int c = nfc.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                space = !out.isEmpty();
            } else if (Character.getType(c) != Character.CONTROL) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
