package io.github.verbatim.bundle;

import io.github.verbatim.extract.ArticlePipeline;
import java.time.Duration;

/**
 * How to write a bundle, and the limits each input is held to.
 *
 * @param replaceExisting replace an existing output; when false an existing output is an error
 * @param maxReadBytes inputs larger than this are archived but not read (a failure says so); a
 *     fetched response is cut at this size
 * @param progress hears of each input
 * @param readTimeout the most time reading one document may take; a reader that takes longer is
 *     abandoned and the input fails with {@code read timed out after N s}
 * @param fetchTimeout the most time fetching one URL may take, redirects included
 */
public record BundleOptions(boolean replaceExisting, long maxReadBytes, ProgressListener progress,
        Duration readTimeout, Duration fetchTimeout) {

    /** The default read limit, 256 MiB. */
    public static final long DEFAULT_MAX_READ_BYTES = 256L * 1024 * 1024;
    /** The default time limit for reading one document, 60 seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = ArticlePipeline.DEFAULT_TIMEOUT;
    /** The default time limit for fetching one URL, 60 seconds. */
    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(60);

    /** Checks the limits. */
    public BundleOptions {
        if (readTimeout.isNegative() || readTimeout.isZero() || fetchTimeout.isNegative() || fetchTimeout.isZero()) {
            throw new IllegalArgumentException("time limits must be positive: " + readTimeout + ", " + fetchTimeout);
        }
    }

    /**
     * Creates options with the default time limits.
     *
     * @param replaceExisting replace an existing output
     * @param maxReadBytes the size limit
     * @param progress hears of each input
     */
    public BundleOptions(boolean replaceExisting, long maxReadBytes, ProgressListener progress) {
        this(replaceExisting, maxReadBytes, progress, DEFAULT_READ_TIMEOUT, DEFAULT_FETCH_TIMEOUT);
    }

    /** Returns the defaults: never replace, read up to 256 MiB per input for up to 60 s, fetch for up to 60 s, no progress. */
    public static BundleOptions defaults() {
        return new BundleOptions(false, DEFAULT_MAX_READ_BYTES, ProgressListener.NONE);
    }

    /** Returns these options with {@code replaceExisting} set. */
    public BundleOptions withReplaceExisting(boolean replace) {
        return new BundleOptions(replace, maxReadBytes, progress, readTimeout, fetchTimeout);
    }

    /** Returns these options with the read limit set. */
    public BundleOptions withMaxReadBytes(long bytes) {
        return new BundleOptions(replaceExisting, bytes, progress, readTimeout, fetchTimeout);
    }

    /** Returns these options with the progress listener set. */
    public BundleOptions withProgress(ProgressListener listener) {
        return new BundleOptions(replaceExisting, maxReadBytes, listener, readTimeout, fetchTimeout);
    }

    /** Returns these options with the time limit for reading one document set. */
    public BundleOptions withReadTimeout(Duration timeout) {
        return new BundleOptions(replaceExisting, maxReadBytes, progress, timeout, fetchTimeout);
    }

    /** Returns these options with the time limit for fetching one URL set. */
    public BundleOptions withFetchTimeout(Duration timeout) {
        return new BundleOptions(replaceExisting, maxReadBytes, progress, readTimeout, timeout);
    }
}
