package io.github.verbatim.capture;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * A URL to fetch, and the limits to keep to.
 *
 * @param url an absolute {@code http} or {@code https} URL
 * @param timeout the most time the whole exchange may take, redirects included; connecting to a
 *     host may take at most a third of it
 * @param maxBytes the most bytes of one response body to keep; a longer body is cut there
 * @param maxRedirects the most redirects to follow
 * @param clock gives the times the WARC records
 */
public record FetchRequest(URI url, Duration timeout, long maxBytes, int maxRedirects, Clock clock) {

    /** The most redirects followed unless another limit is given. */
    public static final int DEFAULT_MAX_REDIRECTS = 10;

    /** Checks the limits. */
    public FetchRequest {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxBytes < 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("limits must not be negative: " + maxBytes + ", " + maxRedirects);
        }
    }
}
