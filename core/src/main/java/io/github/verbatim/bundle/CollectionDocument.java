package io.github.verbatim.bundle;

import io.github.verbatim.collection.CollectionAnalysis;
import java.time.Instant;
import java.util.List;

/**
 * A bundle's {@code data/collection.json}: what went in, what came out, what failed, and what the
 * articles say across articles.
 *
 * @param software the software that made the bundle, with its version
 * @param created when the bundle was made
 * @param inputs every input and what became of it, in input order
 * @param articles the articles, in input order
 * @param failures the inputs that failed, in input order
 * @param analysis the articles across articles: quotation clusters with their variants, sources
 *     and corroboration, outlets, discrepancies and timeline (docs/COLLECTION.md)
 */
public record CollectionDocument(String software, Instant created, List<InputRecord> inputs,
        List<ArticleEntry> articles, List<Failure> failures, CollectionAnalysis analysis) {

    /** Copies the lists. */
    public CollectionDocument {
        inputs = List.copyOf(inputs);
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }
}
