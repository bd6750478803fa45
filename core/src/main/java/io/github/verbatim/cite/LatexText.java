package io.github.verbatim.cite;

import java.nio.charset.StandardCharsets;

/**
 * Writes text into BibLaTeX fields so that biber, LaTeX and pandoc read back exactly the text.
 *
 * <p>The ten characters LaTeX gives a meaning — {@code \ { } % & # _ $ ~ ^} — become the commands
 * that print them, and an empty group {@code {}} keeps apart the pairs TeX would join into one
 * character ({@code --}, {@code ''}, {@code <<} …). Line ends, tabs and other white space become one space: an empty line inside a
 * field would end a paragraph, which a field may not hold. Control characters are left out.
 * Everything else, letters with accents, curly quotes, emoji and every script, stays as UTF-8
 * (in Unicode NFC), which biber and pandoc read as it is; turning {@code é} into {@code \'e} would
 * lose every character that has no such command.
 */
final class LatexText {

    private LatexText() {
    }

    /** Returns the text for a literal field such as {@code title}. */
    static String escape(String text) {
        String line = SingleLine.of(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '#', '_', '$' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
            if (i + 1 < line.length() && ligature(c, line.charAt(i + 1))) {
                out.append("{}");
            }
        }
        return out.toString();
    }

    /**
     * Returns whether TeX would join the two characters into another: {@code --} into a dash,
     * {@code ``} and {@code ''} into quotation marks, {@code <<} and {@code >>} into guillemets,
     * {@code !`} and {@code ?`} into inverted marks. An empty group between them keeps them apart.
     */
    private static boolean ligature(char c, char next) {
        return c == next && "-`'<>".indexOf(c) >= 0 || next == '`' && (c == '!' || c == '?');
    }

    /**
     * Returns a URL for biblatex's verbatim {@code url} field: its characters are taken as they
     * are, so nothing is escaped, but whatever a URL may not hold unencoded (space, braces,
     * backslash, quotes, non-ASCII) is percent-encoded as UTF-8, which also keeps the field's
     * braces balanced.
     */
    static String url(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || "{}\\\"<>^`|".indexOf(c) >= 0) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
