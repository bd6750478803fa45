package io.github.verbatim.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One place that gave a captured document's bytes: a file as the user named it, a URL Verbatim
 * fetched, or a record of a WARC file.
 *
 * <table>
 * <caption>What each kind of origin holds</caption>
 * <tr><th>kind</th><th>location</th><th>capturedAt</th><th>http</th><th>warc</th></tr>
 * <tr><td>{@value #FILE}</td><td>the path as given</td><td>when Verbatim read the file</td>
 *     <td>absent</td><td>absent</td></tr>
 * <tr><td>{@value #URL}</td><td>the URL as given</td><td>when Verbatim fetched it</td>
 *     <td>the final response, with the redirects that led to it</td>
 *     <td>the response record of the WARC file Verbatim wrote of the exchange</td></tr>
 * <tr><td>{@value #WARC_RECORD}</td><td>the record's target URI</td><td>the record's
 *     {@code WARC-Date}</td><td>the recorded response, where the record holds one</td>
 *     <td>the record: its WARC file, offset and id</td></tr>
 * </table>
 *
 * @param kind {@value #FILE}, {@value #URL} or {@value #WARC_RECORD}
 * @param location the path as given on input (with {@code /} separators), or the URL
 * @param capturedAt when the bytes were captured
 * @param modified the file's last-modified time or the server's, where known
 * @param http the HTTP response that carried the bytes, for a URL or a WARC response record
 * @param warc the WARC record that holds the bytes, for a URL or a WARC record
 */
public record Origin(String kind, String location, Instant capturedAt, @Nullable Instant modified,
        @Nullable HttpRecord http, @Nullable WarcRecordRef warc) {

    /** The kind of a file read from disk. */
    public static final String FILE = "file";
    /** The kind of a URL Verbatim fetched. */
    public static final String URL = "url";
    /** The kind of a record read from a WARC (or WACZ) file. */
    public static final String WARC_RECORD = "warc-record";

    /**
     * Creates an origin without HTTP or WARC details, such as a file's.
     *
     * @param kind {@value #FILE}, {@value #URL} or {@value #WARC_RECORD}
     * @param location the path as given on input, or the URL
     * @param capturedAt when the bytes were captured
     * @param modified the last-modified time, where known
     */
    public Origin(String kind, String location, Instant capturedAt, @Nullable Instant modified) {
        this(kind, location, capturedAt, modified, null, null);
    }
}
