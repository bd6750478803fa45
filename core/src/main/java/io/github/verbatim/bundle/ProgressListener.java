package io.github.verbatim.bundle;

/** Hears of a bundle's progress, input by input. Calls come from the bundling thread. */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = (index, total, location) -> { };

    /**
     * An input is about to be captured and read.
     *
     * @param index its number, from 1
     * @param total the number of inputs
     * @param location the input as the user named it
     */
    void started(int index, int total, String location);

    /**
     * An input failed; the bundle goes on.
     *
     * @param failure what failed and why
     */
    default void failed(Failure failure) {
    }
}
