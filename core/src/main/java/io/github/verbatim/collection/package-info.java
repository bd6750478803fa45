/**
 * Across articles: the same quotation in every outlet that carries it, what each outlet changed,
 * the post it came from, how many outlets corroborate it, the facts the articles disagree on, and
 * the order in which posts and articles appeared.
 *
 * <p>{@link io.github.verbatim.collection.CollectionAnalyzer} analyzes a list of articles into a
 * {@link io.github.verbatim.collection.CollectionAnalysis}; {@link
 * io.github.verbatim.collection.QuoteClusterer} clusters bare quotation texts at scale (a million
 * in well under a minute), for callers that hold quotations without articles.
 *
 * <p>Offsets are Unicode code points: of the article's normalized text for article positions, of
 * the quotation's own text for word diffs.
 */
@NullMarked
package io.github.verbatim.collection;

import org.jspecify.annotations.NullMarked;
