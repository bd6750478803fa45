package io.github.verbatim.bundle;

/**
 * How to write a bundle.
 *
 * @param replaceExisting replace an existing output; when false an existing output is an error
 * @param maxReadBytes inputs larger than this are archived but not read (a failure says so)
 * @param progress hears of each input
 */
public record BundleOptions(boolean replaceExisting, long maxReadBytes, ProgressListener progress) {

    /** The default read limit, 256 MiB. */
    public static final long DEFAULT_MAX_READ_BYTES = 256L * 1024 * 1024;

    /** Returns the defaults: never replace, read up to 256 MiB per input, no progress. */
    public static BundleOptions defaults() {
        return new BundleOptions(false, DEFAULT_MAX_READ_BYTES, ProgressListener.NONE);
    }

    /** Returns these options with {@code replaceExisting} set. */
    public BundleOptions withReplaceExisting(boolean replace) {
        return new BundleOptions(replace, maxReadBytes, progress);
    }

    /** Returns these options with the read limit set. */
    public BundleOptions withMaxReadBytes(long bytes) {
        return new BundleOptions(replaceExisting, bytes, progress);
    }

    /** Returns these options with the progress listener set. */
    public BundleOptions withProgress(ProgressListener listener) {
        return new BundleOptions(replaceExisting, maxReadBytes, listener);
    }
}
