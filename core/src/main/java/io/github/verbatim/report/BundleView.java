package io.github.verbatim.report;

import io.github.verbatim.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a citation bundle holds for a reader: its articles, the quote clusters and discrepancies
 * found across them, and the inputs that failed, as one value whether it comes from a bundle
 * being written or from one on disk.
 *
 * <p>Clusters and discrepancies come from the bundle's {@code collection.json}
 * ({@code quoteClusters}, {@code discrepancies}); a bundle without them has none, and readers
 * show each article's own quotes instead.
 *
 * @param software the software that made the bundle, with its version, where known
 * @param created when the bundle was made, where known
 * @param articles the articles, in bundle order
 * @param clusters the quote clusters across articles, which may be none
 * @param discrepancies the facts the articles disagree on, which may be none
 * @param failures the inputs that could not be captured or read
 */
public record BundleView(@Nullable String software, @Nullable Instant created, List<Article> articles,
        List<QuoteCluster> clusters, List<Discrepancy> discrepancies, List<FailedInput> failures) {

    /** Copies the lists. */
    public BundleView {
        articles = List.copyOf(articles);
        clusters = List.copyOf(clusters);
        discrepancies = List.copyOf(discrepancies);
        failures = List.copyOf(failures);
    }

    /**
     * Returns the view of articles alone, such as one file read outside any bundle.
     *
     * @param articles the articles
     * @return a view with no clusters, discrepancies or failures
     */
    public static BundleView of(List<Article> articles) {
        return new BundleView(null, null, articles, List.of(), List.of(), List.of());
    }

    /**
     * Returns the view of a bundle's articles and its {@code collection.json}.
     *
     * @param articles the articles, in bundle order
     * @param collectionJson the bytes of {@code collection.json}
     * @return the view
     * @throws IOException if the collection document is not JSON
     */
    public static BundleView of(List<Article> articles, byte[] collectionJson) throws IOException {
        return CollectionJson.view(articles, collectionJson);
    }

    /**
     * Reads a bundle on disk: a bag folder, or a zip holding one at its top or in its one folder.
     * Nothing is extracted; only {@code data/collection.json} and {@code data/articles/*.json}
     * are read.
     *
     * @param bundle the folder or zip
     * @return the view
     * @throws IOException if it is no bundle, or a document in it cannot be read
     */
    public static BundleView read(Path bundle) throws IOException {
        return BundleFiles.read(bundle);
    }

    /** Returns whether the bundle has quote clusters across its articles. */
    public boolean hasClusters() {
        return !clusters.isEmpty();
    }
}
