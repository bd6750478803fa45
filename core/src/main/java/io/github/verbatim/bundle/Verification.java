package io.github.verbatim.bundle;

import java.util.List;

/**
 * The outcome of verifying a bag.
 *
 * @param bag the bag verified, as named
 * @param filesChecked how many files' checksums were recomputed
 * @param problems everything wrong, by file; empty for a valid bag
 */
public record Verification(String bag, int filesChecked, List<Problem> problems) {

    /** Copies the problems. */
    public Verification {
        problems = List.copyOf(problems);
    }

    /** Returns true if the bag is complete and every checksum matches. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
