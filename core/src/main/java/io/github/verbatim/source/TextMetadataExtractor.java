package io.github.verbatim.source;

import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.read.MetadataValue;
import io.github.verbatim.model.Span;
import java.util.List;

/**
 * Finds metadata that plain text gives in its words rather than in markup: a byline's authors, a
 * publisher's sign-off. Used after the reader's own metadata, for fields the reader left empty.
 */
public final class TextMetadataExtractor {

    /** Creates the extractor. */
    public TextMetadataExtractor() {
    }

    /**
     * Finds metadata candidates.
     *
     * @param text the article's text and body paragraphs
     * @param boilerplate the paragraphs that are not the article's body
     * @return candidate values with provenance pointing at the words that gave them
     */
    public List<MetadataValue> extract(ArticleText text, List<Span> boilerplate) {
        return List.of();
    }
}
