package io.github.verbatim.read;

import io.github.verbatim.model.ReaderReport;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.Span;
import java.util.List;

/**
 * What a reader gives: normalized text, its paragraphs and the metadata candidates it found.
 *
 * @param text the normalized text (see {@link io.github.verbatim.text.TextNormalizer})
 * @param paragraphs the body paragraphs as code-point spans of {@code text}
 * @param metadata candidate metadata values, the most trustworthy first for each field
 * @param report how the bytes were read
 * @param posts social posts the reader found in the document's structure (embeds), beyond what
 *     the text gives; their provenance points into {@code text}
 * @param sources sources the reader found in the document's structure (links to other outlets)
 */
public record Document(String text, List<Span> paragraphs, List<MetadataValue> metadata, ReaderReport report,
        List<SocialPost> posts, List<Source> sources) {

    /** Copies the lists. */
    public Document {
        paragraphs = List.copyOf(paragraphs);
        metadata = List.copyOf(metadata);
        posts = List.copyOf(posts);
        sources = List.copyOf(sources);
    }

    /**
     * Creates a document with no structure beyond its text, as plain text and most formats give.
     *
     * @param text the normalized text
     * @param paragraphs the body paragraphs
     * @param metadata candidate metadata values
     * @param report how the bytes were read
     */
    public Document(String text, List<Span> paragraphs, List<MetadataValue> metadata, ReaderReport report) {
        this(text, paragraphs, metadata, report, List.of(), List.of());
    }
}
