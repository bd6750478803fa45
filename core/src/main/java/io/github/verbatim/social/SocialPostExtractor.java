package io.github.verbatim.social;

import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.SocialPost;
import java.util.List;

/** Finds the social-media posts an article links or carries as embed text. */
public final class SocialPostExtractor {

    /** Creates the extractor. */
    public SocialPostExtractor() {
    }

    /**
     * Finds the posts.
     *
     * @param text the article's text and body paragraphs
     * @return the posts in text order
     */
    public List<SocialPost> extract(ArticleText text) {
        return List.of();
    }
}
