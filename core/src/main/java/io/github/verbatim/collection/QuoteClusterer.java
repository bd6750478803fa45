package io.github.verbatim.collection;

import java.util.List;

/**
 * Clusters quotations that are the same statement: the same words once case, quotation marks,
 * dashes, spacing and punctuation are set aside, and near-identical ones, as outlets cut and
 * change what they quote: truncated, cut in the middle with an ellipsis or silently, a word spelled
 * or inflected otherwise ({@code every day}, {@code everyday}; {@code pregnancy},
 * {@code pregnancies}), a partial quotation that is part of a longer one, and excerpts that
 * overlap. Quotations that only share some words, or a short phrase said by two named people,
 * stay apart.
 *
 * <p>Cost grows linearly with the number of words: quotations are indexed by word triples and
 * each is aligned with a few candidates only, never with every other. A million quotations
 * cluster in well under a minute on two cores (docs/COLLECTION.md gives the figures).
 *
 * <pre>{@code
 * QuoteClusters clusters = new QuoteClusterer().cluster(List.of(
 *         new QuoteText("We are shocked and in the kind of deep pain you only hear about", "Chrissy Teigen"),
 *         new QuoteText("kind of pain", null)));
 * clusters.clusterOf(1);   // 0: the partial quotation is part of the statement
 * clusters.diff(1);        // truncated at both ends
 * }</pre>
 *
 * <p>Instances hold no state and are safe to share; each call works alone.
 */
public final class QuoteClusterer {

    /** Creates a clusterer. */
    public QuoteClusterer() {
    }

    /**
     * Clusters quotations.
     *
     * @param quotes the quotations; the result numbers them in this order, and the same list
     *     always gives the same clusters
     * @return the clusters
     */
    public QuoteClusters cluster(List<QuoteText> quotes) {
        return new ClusterRun(List.copyOf(quotes)).run();
    }
}
