package io.github.verbatim.bundle;

import io.github.verbatim.model.Article;
import java.util.List;

/**
 * The articles read from inputs without writing a bundle, and what became of each input.
 *
 * @param articles the articles, in input order; each lists every origin of its bytes
 * @param inputs every input and what became of it, as a bundle's {@code collection.json} lists them
 * @param failures the inputs that failed
 */
public record Extraction(List<Article> articles, List<InputRecord> inputs, List<Failure> failures) {

    /** Copies the lists. */
    public Extraction {
        articles = List.copyOf(articles);
        inputs = List.copyOf(inputs);
        failures = List.copyOf(failures);
    }

    /** Returns true if no input failed. */
    public boolean complete() {
        return failures.isEmpty();
    }
}
