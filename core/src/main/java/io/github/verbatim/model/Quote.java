package io.github.verbatim.model;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * A quotation in an article: its verbatim words, who said them, and where they stand.
 *
 * @param text the quoted words without the quotation marks; equal to the article text at
 *     {@code provenance.position}
 * @param speaker who said the words, or null where the article does not let one know
 * @param cue the reporting verb that attributes the quote, such as {@code said} or {@code wrote}
 * @param kind statement, partial quote, title or other text
 * @param channel how the words were published, such as {@code instagram-post} or {@code interview}
 * @param socialPost the canonical URL of the {@link SocialPost} the words come from, where known
 * @param nested quotations inside this one
 * @param provenance the span of the words and the rule that found them
 */
public record Quote(
        String text,
        @Nullable Speaker speaker,
        @Nullable String cue,
        QuoteKind kind,
        @Nullable String channel,
        @Nullable String socialPost,
        List<Quote> nested,
        Provenance provenance) {

    /** Copies the nested quotes. */
    public Quote {
        nested = List.copyOf(nested);
    }
}
