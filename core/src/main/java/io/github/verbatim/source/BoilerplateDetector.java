package io.github.verbatim.source;

import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Span;
import java.util.List;

/** Tells which paragraphs of an article are publisher boilerplate rather than its body. */
public final class BoilerplateDetector {

    /** Creates the detector. */
    public BoilerplateDetector() {
    }

    /**
     * Finds the boilerplate paragraphs.
     *
     * @param text the article's text and all its paragraphs
     * @return the paragraphs that are boilerplate, a subset of {@code text.paragraphs()}, in order
     */
    public List<Span> detect(ArticleText text) {
        return List.of();
    }
}
