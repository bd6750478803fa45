package io.github.verbatim.report;

import io.github.verbatim.model.Quote;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The same words quoted by several articles: a cluster of quotes, as a bundle's
 * {@code collection.json} lists it under {@code quoteClusters}.
 *
 * @param id the cluster's id in the bundle
 * @param speaker who said the words, where known
 * @param text the wording that stands for the cluster: as the collection gives it, else the
 *     variant most members share (the longest of equals)
 * @param members the quotes, in article order
 */
public record QuoteCluster(String id, @Nullable String speaker, String text, List<Member> members) {

    /** Copies the members. */
    public QuoteCluster {
        members = List.copyOf(members);
    }

    /**
     * One article's quote in a cluster.
     *
     * @param article the article's id, {@code sha256:<hex>}
     * @param start the quote's first code point in the article's text
     * @param end the code point after it
     * @param text the article's wording, its variant
     * @param quote the article's quote at that span, where the article has one
     */
    public record Member(String article, int start, int end, String text, @Nullable Quote quote) {
    }
}
