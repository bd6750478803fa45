package io.github.verbatim.collection;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Analyzes a collection of articles across articles: clusters their statements and partial
 * quotations ({@link QuoteClusterer}), traces each cluster to the posts and sources its members'
 * articles tie it to, counts the outlets that carry it, finds the facts the articles state
 * differently, and orders posts and articles in time.
 *
 * <p>What clusters: quotations of kind {@code statement} (tweets the article carries as text
 * included) and {@code partial}, at the top level; titles and other quoted text (lyrics,
 * slogans) are no one's statement and do not, and a nested quotation is part of the one around
 * it. Facts are read from the articles' own prose, quotations left out.
 *
 * <pre>{@code
 * CollectionAnalysis analysis = new CollectionAnalyzer().analyze(articles);
 * for (QuoteCluster c : analysis.clusters()) {
 *     System.out.println(c.corroboration().outlets() + " outlets: " + c.text());
 * }
 * }</pre>
 *
 * <p>The result depends only on the articles and their order, never on the clock or the machine.
 * Instances hold no state and are safe to share.
 */
public final class CollectionAnalyzer {

    /** Creates an analyzer. */
    public CollectionAnalyzer() {
    }

    /**
     * Analyzes articles.
     *
     * @param articles the articles, in collection order (the order that breaks ties)
     * @return clusters, outlets, discrepancies and timeline
     */
    public CollectionAnalysis analyze(List<Article> articles) {
        List<Article> all = List.copyOf(articles);
        Outlets outlets = Outlets.of(all);
        List<ClusterAssembly.Member> members = new ArrayList<>();
        List<QuoteText> texts = new ArrayList<>();
        for (int a = 0; a < all.size(); a++) {
            List<Quote> quotes = all.get(a).quotes();
            for (int q = 0; q < quotes.size(); q++) {
                Quote quote = quotes.get(q);
                if (quote.kind() == QuoteKind.STATEMENT || quote.kind() == QuoteKind.PARTIAL) {
                    members.add(new ClusterAssembly.Member(a, q));
                    texts.add(new QuoteText(quote.text(), quote.speaker() == null ? null : quote.speaker().name()));
                }
            }
        }
        QuoteClusters clusters = new QuoteClusterer().cluster(texts);
        List<QuoteCluster> assembled = new ClusterAssembly(all, members, clusters, outlets).assemble();

        List<BodyText> bodies = all.stream().map(BodyText::of).toList();
        PersonNames names = PersonNames.of(bodies);
        FactFinder finder = new FactFinder(names);
        List<Fact> facts = new ArrayList<>();
        for (int a = 0; a < bodies.size(); a++) {
            facts.addAll(finder.find(bodies.get(a), a));
        }
        return new CollectionAnalysis(outlets.list(), assembled, Discrepancies.of(facts),
                Timeline.of(all, assembled));
    }
}
