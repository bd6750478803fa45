package io.github.verbatim.text;

import java.text.Normalizer;

/**
 * Normalizes text the way every Verbatim offset assumes: line ends {@code \r\n} and {@code \r}
 * become {@code \n}, a leading byte-order mark is dropped, and the result is in Unicode NFC.
 * Text that is already normalized is returned unchanged (the same characters).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Returns {@code text} with {@code \n} line ends, no leading BOM, in NFC. */
    public static String normalize(String text) {
        String s = text;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        return s;
    }
}
