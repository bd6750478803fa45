package io.github.verbatim.collection;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * When a quotation is first known to exist: the time of the post it comes from, else the
 * publication of the earliest article that carries it.
 *
 * @param time the time as given (ISO 8601: a date, or a date-time)
 * @param basis where the time comes from
 * @param post the post's canonical URL, for a post's time
 * @param article the article's id, for a publication date
 */
public record Attestation(String time, Basis basis, @Nullable String post, @Nullable String article) {

    /** Where an attestation's time comes from. */
    public enum Basis {
        /** The post's time as the article states it. */
        @JsonProperty("posted-at") POSTED_AT,
        /** The post's creation time as its id encodes it. */
        @JsonProperty("post-id") POST_ID,
        /** The article's publication date. */
        @JsonProperty("published") PUBLISHED
    }
}
