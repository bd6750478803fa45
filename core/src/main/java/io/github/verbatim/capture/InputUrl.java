package io.github.verbatim.capture;

import java.net.URI;

/**
 * A URL to fetch.
 *
 * @param uri the URL, checked: {@code http} or {@code https} with a host
 * @param location the URL as the user gave it
 */
public record InputUrl(URI uri, String location) implements ScannedInput {
}
