package io.github.verbatim.cli;

import io.github.verbatim.bundle.Failure;
import io.github.verbatim.bundle.ProgressListener;
import java.io.PrintWriter;

/**
 * Prints a bundle's progress: {@code [3/5] path} as each input starts (unless quiet) and
 * {@code verbatim: failed: path: reason} for each input that fails (always).
 */
final class ProgressPrinter implements ProgressListener {

    private final PrintWriter err;
    private final boolean quiet;

    ProgressPrinter(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    @Override
    public void started(int index, int total, String location) {
        if (!quiet) {
            err.println("[" + index + "/" + total + "] " + location);
            err.flush();
        }
    }

    @Override
    public void failed(Failure failure) {
        err.println("verbatim: failed: " + failure);
        err.flush();
    }
}
