package io.github.verbatim.collection;

import io.github.verbatim.model.QuoteKind;
import io.github.verbatim.model.TextPositionSelector;
import org.jspecify.annotations.Nullable;

/**
 * One quotation of a cluster, where it stands and how it differs from the cluster's text.
 *
 * @param article the article's id, {@code sha256:<hex>}
 * @param quote the quotation's position in the article's {@code quotes}, from 0
 * @param kind statement or partial quotation
 * @param position the quotation's span in the article's text (code points), where known
 * @param speaker who the article says spoke, as it names them; null where it does not
 * @param post the canonical URL of the post the article ties the quotation to, if any
 * @param diff its words against the cluster's fullest text
 */
public record ClusterMember(String article, int quote, QuoteKind kind, @Nullable TextPositionSelector position,
        @Nullable String speaker, @Nullable String post, WordDiff diff) {
}
