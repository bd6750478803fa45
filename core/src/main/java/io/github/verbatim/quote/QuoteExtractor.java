package io.github.verbatim.quote;

import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.SocialPost;
import java.util.List;

/** Finds the quotations in an article's body and who said them. */
public final class QuoteExtractor {

    /** Creates the extractor. */
    public QuoteExtractor() {
    }

    /**
     * Finds the quotations.
     *
     * @param text the article's text and body paragraphs
     * @param posts the social posts found in the article, to link quotes to
     * @return the quotations in text order
     */
    public List<Quote> extract(ArticleText text, List<SocialPost> posts) {
        return List.of();
    }
}
