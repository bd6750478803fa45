package io.github.verbatim.collection;

import java.util.List;

/**
 * What a collection of articles says across articles.
 *
 * @param outlets the outlets and their articles, as corroboration counts them, in collection
 *     order
 * @param clusters every statement and partial quotation, clustered: most corroborated first, then
 *     most quoted, then in collection order
 * @param discrepancies facts the articles state differently
 * @param timeline posts and articles in the order they appeared
 */
public record CollectionAnalysis(List<Outlet> outlets, List<QuoteCluster> clusters, List<Discrepancy> discrepancies,
        List<TimelineEntry> timeline) {

    /** Copies the lists. */
    public CollectionAnalysis {
        outlets = List.copyOf(outlets);
        clusters = List.copyOf(clusters);
        discrepancies = List.copyOf(discrepancies);
        timeline = List.copyOf(timeline);
    }

    /** Returns an analysis of no articles. */
    public static CollectionAnalysis empty() {
        return new CollectionAnalysis(List.of(), List.of(), List.of(), List.of());
    }
}
