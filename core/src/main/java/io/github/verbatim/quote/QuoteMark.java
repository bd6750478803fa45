package io.github.verbatim.quote;

/**
 * The quotation marks Verbatim knows, by family: a mark closes only a quote of its own family.
 * Directional marks open or close by themselves; straight marks and {@code ’} decide by context.
 */
enum QuoteMark {
    /** {@code “ ” "} and the low {@code „}. */
    DOUBLE,
    /** {@code ‘ ’ '} and the low {@code ‚}. */
    SINGLE,
    /** {@code « »}, either way round. */
    GUILLEMET,
    /** {@code 「 」}. */
    CORNER,
    /** {@code 『 』}. */
    WHITE_CORNER;

    /** Returns the family of a quotation-mark character, or null if it is none. */
    static QuoteMark of(char c) {
        return switch (c) {
            case '“', '”', '"', '„', '‟', '＂' -> DOUBLE;
            case '‘', '’', '\'', '‚', '‛' -> SINGLE;
            case '«', '»' -> GUILLEMET;
            case '「', '」' -> CORNER;
            case '『', '』' -> WHITE_CORNER;
            default -> null;
        };
    }

    /** Returns whether the character only ever opens a quote in this family's usage. */
    static boolean onlyOpens(char c) {
        return c == '„' || c == '‚' || c == '「' || c == '『' || c == '‟' || c == '‛';
    }

    /** Returns whether the character only ever closes a quote. */
    static boolean onlyCloses(char c) {
        return c == '」' || c == '』';
    }
}
