package io.github.verbatim.bundle;

import io.github.verbatim.model.Article;
import java.nio.file.Path;
import java.util.List;

/**
 * A written bundle.
 *
 * @param output the bag directory or zip file
 * @param articles the articles in it, in input order
 * @param collection its {@code collection.json}: inputs and failures
 */
public record BundleResult(Path output, List<Article> articles, CollectionDocument collection) {

    /** Copies the list. */
    public BundleResult {
        articles = List.copyOf(articles);
    }

    /** Returns the inputs that failed. */
    public List<Failure> failures() {
        return collection.failures();
    }

    /** Returns true if no input failed. */
    public boolean complete() {
        return collection.failures().isEmpty();
    }
}
