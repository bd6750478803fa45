package io.github.verbatim.capture;

import org.jspecify.annotations.Nullable;

/**
 * A URL could not be fetched and there is no answer to keep: an unknown host, a refused
 * connection, no response in time. The message names the URL and the problem.
 */
public final class FetchException extends Exception {

    private final String url;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param url the URL
     * @param problem what went wrong, one sentence without the URL, such as
     *     {@code connection refused by 127.0.0.1:8080}
     * @param cause the underlying failure, or null
     */
    public FetchException(String url, String problem, @Nullable Throwable cause) {
        super(url + ": " + problem, cause);
        this.url = url;
        this.problem = problem;
    }

    /** Returns the URL. */
    public String url() {
        return url;
    }

    /** Returns what went wrong, without the URL. */
    public String problem() {
        return problem;
    }
}
