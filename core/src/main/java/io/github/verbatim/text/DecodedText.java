package io.github.verbatim.text;

import java.util.List;

/**
 * Characters decoded from bytes, with the encoding used and what decoding noticed.
 *
 * @param text the decoded characters, not yet normalized
 * @param charset the name of the encoding used, such as {@code UTF-8} or {@code windows-1252}
 * @param warnings what decoding noticed: a guessed encoding, replaced bytes; empty for clean input
 */
public record DecodedText(String text, String charset, List<String> warnings) {

    /** Copies the warnings. */
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
