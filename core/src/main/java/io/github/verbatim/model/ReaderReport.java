package io.github.verbatim.model;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * How a document was read: which reader, as what type, in which character encoding, and what the
 * reader noticed on the way (replaced bytes, a guessed encoding).
 *
 * @param name the reader's name, such as {@code plain-text} or {@code tika}
 * @param mediaType the media type the reader read the bytes as
 * @param charset the character encoding used to decode the bytes, where they were text
 * @param warnings what the reader noticed, one sentence each
 */
public record ReaderReport(String name, String mediaType, @Nullable String charset, List<String> warnings) {

    /** Copies the warnings. */
    public ReaderReport {
        warnings = List.copyOf(warnings);
    }
}
