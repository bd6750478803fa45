package io.github.verbatim.capture;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Fetches a URL and keeps the exchange as a WARC file, which a {@link ContainerReader} then reads.
 *
 * <p>Verbatim Core fetches nothing itself; implementations are found through
 * {@link java.util.ServiceLoader} (declare them in
 * {@code META-INF/services/io.github.verbatim.capture.UrlFetcher}) or passed to
 * {@link io.github.verbatim.Verbatim.Builder#fetcher(UrlFetcher)}. A fetcher must be safe to call
 * from several threads.
 */
public interface UrlFetcher {

    /** Returns the fetcher's short name, such as {@code http}. */
    String name();

    /**
     * Returns whether this fetcher fetches the URL.
     *
     * @param url an absolute URL
     * @return true if {@link #fetch} handles its scheme
     */
    boolean fetches(URI url);

    /**
     * Fetches the URL, following redirects, and writes every request and response of the
     * exchange to a new WARC file.
     *
     * @param request the URL and the limits to keep to
     * @param warc where to write the WARC file; must not exist
     * @return what the server answered; an answer that is not a document (an error status, a
     *     body over the size limit) is a result with a {@link FetchResult#problem() problem},
     *     and its exchange is in the WARC file all the same
     * @throws FetchException if there was no answer to keep: the host is unknown, the connection
     *     refused, no response came in time; nothing need be written then
     * @throws IOException if the WARC file cannot be written
     */
    FetchResult fetch(FetchRequest request, Path warc) throws FetchException, IOException;
}
