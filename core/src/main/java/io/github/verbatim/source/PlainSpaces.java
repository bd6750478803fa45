package io.github.verbatim.source;

import io.github.verbatim.text.NormalizedText;

/**
 * The text the source rules match against: every space separator (no-break space, thin space …)
 * written as a plain space. Each is one UTF-16 char, as a space is, so every offset stays the
 * same; names read from it have plain spaces, and provenance is still built on the original.
 */
final class PlainSpaces {

    private PlainSpaces() {
    }

    /**
     * Returns the text with plain spaces.
     *
     * @param text the normalized text
     * @return the same text, or a copy with every space separator a plain space
     */
    static NormalizedText of(NormalizedText text) {
        String s = text.text();
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && Character.getType(c) == Character.SPACE_SEPARATOR) {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : NormalizedText.of(new String(chars));
    }
}
