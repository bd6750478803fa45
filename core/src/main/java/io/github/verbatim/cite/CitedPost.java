package io.github.verbatim.cite;

import io.github.verbatim.model.SocialPost;
import java.util.List;

/**
 * A social-media post as a set of articles cites it: once, however many articles carry it.
 *
 * @param key its citation key
 * @param post the post, as the article that tells most about it gives it
 * @param articles the ids of the articles that carry it, in article order
 */
public record CitedPost(String key, SocialPost post, List<String> articles) {

    /** Copies the article ids. */
    public CitedPost {
        articles = List.copyOf(articles);
    }
}
