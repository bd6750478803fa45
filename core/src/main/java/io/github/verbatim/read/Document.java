package io.github.verbatim.read;

import io.github.verbatim.model.ReaderReport;
import io.github.verbatim.model.Span;
import java.util.List;

/**
 * What a reader gives: normalized text, its paragraphs and the metadata candidates it found.
 *
 * @param text the normalized text (see {@link io.github.verbatim.text.TextNormalizer})
 * @param paragraphs the body paragraphs as code-point spans of {@code text}
 * @param metadata candidate metadata values, the most trustworthy first for each field
 * @param report how the bytes were read
 */
public record Document(String text, List<Span> paragraphs, List<MetadataValue> metadata, ReaderReport report) {

    /** Copies the lists. */
    public Document {
        paragraphs = List.copyOf(paragraphs);
        metadata = List.copyOf(metadata);
    }
}
