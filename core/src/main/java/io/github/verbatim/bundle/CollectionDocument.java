package io.github.verbatim.bundle;

import java.time.Instant;
import java.util.List;

/**
 * A bundle's {@code data/collection.json}: what went in, what came out, what failed.
 *
 * @param software the software that made the bundle, with its version
 * @param created when the bundle was made
 * @param inputs every input and what became of it, in input order
 * @param articles the articles, in input order
 * @param failures the inputs that failed, in input order
 */
public record CollectionDocument(String software, Instant created, List<InputRecord> inputs,
        List<ArticleEntry> articles, List<Failure> failures) {

    /** Copies the lists. */
    public CollectionDocument {
        inputs = List.copyOf(inputs);
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
    }
}
