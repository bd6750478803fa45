package io.github.verbatim.model;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

/**
 * One place that gave a captured document's bytes: a file as the user named it, a URL, or a WARC
 * record.
 *
 * @param kind {@code file}, {@code url} or {@code warc-record}
 * @param location the path as given on input (with {@code /} separators), or the URL
 * @param capturedAt when Verbatim read the bytes
 * @param modified the file's last-modified time or the server's, where known
 */
public record Origin(String kind, String location, Instant capturedAt, @Nullable Instant modified) {
}
