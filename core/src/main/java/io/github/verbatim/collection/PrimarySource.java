package io.github.verbatim.collection;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a cluster's words come from, as some member's article says: a social-media post, or
 * another source such as an interview or a TV show. Every member of the cluster is traced to it,
 * including those from articles that gave no link.
 *
 * @param type a post, or another source
 * @param name for a post its author's name or handle where known; for a source its name
 *     ({@code The Cut})
 * @param url the post's canonical URL, or the source's URL where known
 * @param platform for a post, its platform ({@code instagram}, {@code x})
 * @param postId for a post, its id where known
 * @param postedAt for a post, its time as an article states it
 * @param postedAtFromId for a post, its creation time as its id encodes it
 * @param via the members whose articles tie the words to it
 */
public record PrimarySource(Type type, @Nullable String name, @Nullable String url, @Nullable String platform,
        @Nullable String postId, @Nullable String postedAt, @Nullable Instant postedAtFromId, List<QuoteRef> via) {

    /** Copies the list. */
    public PrimarySource {
        via = List.copyOf(via);
    }

    /** What kind of source. */
    public enum Type {
        /** A social-media post. */
        @JsonProperty("post") POST,
        /** Another source: an interview, a TV show, a statement. */
        @JsonProperty("source") SOURCE
    }
}
