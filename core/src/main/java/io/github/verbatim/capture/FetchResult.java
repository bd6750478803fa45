package io.github.verbatim.capture;

import io.github.verbatim.model.HttpRecord;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a server answered, as a {@link UrlFetcher} recorded it in a WARC file.
 *
 * @param url the URL requested
 * @param finalUrl the URL whose response ends the exchange, after any redirects
 * @param status that response's status code
 * @param redirects the redirects followed, in order
 * @param problem why the answer is not a document to read, one sentence naming the limit or
 *     status, such as {@code HTTP 404 Not Found}; null if it is one
 */
public record FetchResult(URI url, URI finalUrl, int status, List<HttpRecord.Redirect> redirects,
        @Nullable String problem) {

    /** Copies the list. */
    public FetchResult {
        redirects = List.copyOf(redirects);
    }
}
