package io.github.verbatim.collection;

import io.github.verbatim.model.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cluster member's words against the cluster's fullest text.
 *
 * @param variants how the member differs, in the order of {@link Variant}; empty only when its
 *     words could not be aligned at all
 * @param covers the span of the fullest text (code points) from the first to the last word the
 *     member shares with it; null when none line up
 * @param runs each run of differing words inside and beyond that span, in text order;
 *     truncation is not a run (it is what {@code covers} leaves out)
 */
public record WordDiff(List<Variant> variants, @Nullable Span covers, List<DiffRun> runs) {

    /** Copies the lists. */
    public WordDiff {
        variants = List.copyOf(variants);
        runs = List.copyOf(runs);
    }
}
