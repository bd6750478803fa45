package io.github.verbatim.social;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a post URL says once understood.
 *
 * @param platform the platform
 * @param postId the platform's id of the post: a status id, a shortcode, a video id
 * @param handle the account's handle without {@code @}, where the path names one
 * @param url the canonical URL, rebuilt from the parts that identify the post
 */
record PostLink(Platform platform, String postId, @Nullable String handle, String url) {

    /** Returns the creation time the post id encodes, where it encodes one. */
    Optional<Instant> timeFromId() {
        return PostIdTime.of(platform, postId);
    }

    /**
     * Returns the provenance method for a post found by {@code base}, naming the id-time derivation
     * when there is one: {@code social:x-url+snowflake-time}.
     *
     * @param base the method that found the post, such as {@code social:x-url}
     * @return the method
     */
    String method(String base) {
        return timeFromId().isPresent() ? base + "+" + PostIdTime.method(platform) : base;
    }
}
