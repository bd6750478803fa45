package io.github.verbatim.source;

import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import java.util.List;
import java.util.Set;

/** One rule that finds sources named in text. */
interface MentionFinder {

    /**
     * Finds sources.
     *
     * @param text the text
     * @param paragraphs the paragraphs to read (body and boilerplate), in text order
     * @param boilerplate which of them are boilerplate
     * @return what the rule found, in text order
     */
    List<Mention> find(NormalizedText text, List<Span> paragraphs, Set<Span> boilerplate);
}
