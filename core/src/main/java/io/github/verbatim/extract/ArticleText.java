package io.github.verbatim.extract;

import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import java.util.List;

/**
 * What every extractor reads: an article's normalized text, the id of the document it came from
 * (for provenance), and its body paragraphs (boilerplate already left out).
 *
 * @param text the normalized text, indexed by code point
 * @param documentId {@code sha256:<hex>} of the original bytes
 * @param paragraphs the body paragraphs, in order
 */
public record ArticleText(NormalizedText text, String documentId, List<Span> paragraphs) {

    /** Copies the paragraphs. */
    public ArticleText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Returns the text of one paragraph. */
    public String paragraph(Span span) {
        return text.slice(span.start(), span.end());
    }
}
