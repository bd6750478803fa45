package io.github.verbatim.examples;

import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleOptions;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.bundle.Verification;
import io.github.verbatim.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Bundles a folder of articles into a citation bundle through the public API, verifies it, and
 * prints a short summary.
 *
 * <pre>
 * java io.github.verbatim.examples.BundleSeedCorpus examples/corpus target/seeds-bundle
 * </pre>
 */
public final class BundleSeedCorpus {

    private BundleSeedCorpus() {
    }

    /**
     * Runs the example.
     *
     * @param args the input folder and the output bundle (a directory, or a {@code .zip})
     * @throws IOException if the bundle cannot be written
     * @throws IllegalStateException if an input failed or the bundle does not verify
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BundleSeedCorpus INPUT_FOLDER OUTPUT_BUNDLE");
        }
        Verbatim verbatim = Verbatim.create();
        BundleResult result = verbatim.bundle(List.of(Path.of(args[0])), Path.of(args[1]),
                BundleOptions.defaults().withReplaceExisting(true));

        System.out.printf("Bundled %d articles into %s%n", result.articles().size(), result.output());
        for (Article article : result.articles()) {
            System.out.printf("  %s  %-10s  %6d chars  %3d paragraphs  %s%n",
                    article.id().substring(0, 19),
                    article.published() == null ? "(no date)" : article.published(),
                    article.text().codePointCount(0, article.text().length()),
                    article.paragraphs().size(),
                    article.title() == null ? "(untitled) " + article.capture().origins().get(0).location()
                            : article.title());
        }
        for (Failure failure : result.failures()) {
            System.out.println("  failed: " + failure);
        }
        Verification verification = verbatim.verify(result.output());
        System.out.printf("Verified: %s (%d files checked)%n", verification.valid() ? "intact" : "BROKEN",
                verification.filesChecked());
        if (!verification.valid() || !result.complete()) {
            // The build runs this example: a broken bundle must fail it.
            verification.problems().forEach(p -> System.out.println("  " + p));
            throw new IllegalStateException("the bundle of " + args[0] + " is incomplete or does not verify");
        }
    }
}
