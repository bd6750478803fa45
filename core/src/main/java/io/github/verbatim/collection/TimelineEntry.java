package io.github.verbatim.collection;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A post or an article in the order they appeared, and what it added to the story.
 *
 * @param time when: a post's time (as stated, else from its id), an article's publication date;
 *     null for those the collection cannot date, which come last
 * @param kind a post or an article
 * @param post the post's canonical URL
 * @param article the article's id
 * @param label the post's author or the article's title, where known
 * @param articles for a post, the articles that carry it
 * @param adds the clusters that first appear here: for a post, those traced to it; for an
 *     article, those it carries that no entry before it did
 */
public record TimelineEntry(@Nullable String time, Kind kind, @Nullable String post, @Nullable String article,
        @Nullable String label, List<String> articles, List<String> adds) {

    /** Copies the lists. */
    public TimelineEntry {
        articles = List.copyOf(articles);
        adds = List.copyOf(adds);
    }

    /** What a timeline entry is. */
    public enum Kind {
        /** A social-media post. */
        @JsonProperty("post") POST,
        /** An article of the collection. */
        @JsonProperty("article") ARTICLE
    }
}
