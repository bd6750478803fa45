package io.github.verbatim.source;

import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.Span;
import java.util.List;

/** Finds the sources an article names in its text. */
public final class SourceExtractor {

    /** Creates the extractor. */
    public SourceExtractor() {
    }

    /**
     * Finds the sources.
     *
     * @param text the article's text; its paragraphs and the boilerplate paragraphs both count,
     *     since sign-offs and republication notes live in boilerplate
     * @param boilerplate the paragraphs that are not the article's body
     * @return the sources in text order
     */
    public List<Source> extract(ArticleText text, List<Span> boilerplate) {
        return List.of();
    }
}
