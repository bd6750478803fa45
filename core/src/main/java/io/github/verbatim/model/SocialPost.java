package io.github.verbatim.model;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * A social-media post that an article links, embeds or quotes.
 *
 * @param platform the platform, such as {@code instagram} or {@code x}
 * @param url the canonical URL, tracking parameters removed; for a post the article carries only as
 *     embed text, with no link to the post itself, the account's URL
 * @param postId the platform's id of the post, where the URL or embed gives one
 * @param authorHandle the account's handle without {@code @}, where given
 * @param authorName the account's display name, where given
 * @param postedAt when the post was published as the article states it (ISO 8601 date or date-time)
 * @param postedAtFromId when the post was created as derived from its id, where the platform's ids
 *     encode time; the provenance method then names the derivation ({@code +snowflake-time},
 *     {@code +shortcode-time})
 * @param text the post's text where the article carries it
 * @param provenance where the article gives the post, and how it was found
 */
public record SocialPost(
        String platform,
        String url,
        @Nullable String postId,
        @Nullable String authorHandle,
        @Nullable String authorName,
        @Nullable String postedAt,
        @Nullable Instant postedAtFromId,
        @Nullable String text,
        Provenance provenance) {
}
