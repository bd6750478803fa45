/**
 * Live URLs as Verbatim inputs: {@link io.github.verbatim.fetch.HttpFetcher} fetches a page with
 * Java's {@link java.net.http.HttpClient} and keeps the whole exchange, redirects included, as a
 * WARC file, which a bundle archives and reads like any other. Found by Verbatim Core through
 * {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.github.verbatim.fetch;

import org.jspecify.annotations.NullMarked;
