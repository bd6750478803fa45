package io.github.verbatim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP response that carried a captured document: the URL that answered, its status and
 * header fields, and the redirects followed to reach it.
 *
 * @param url the URL whose response holds the document, after any redirects
 * @param status the response's status code, such as {@code 200}
 * @param redirects every redirect followed on the way to {@code url}, in order; empty if none
 *     (always empty for a WARC record, which holds one response)
 * @param headers the response's header fields, names in lower case, each name's values in the
 *     order received
 */
public record HttpRecord(String url, int status, List<Redirect> redirects, Map<String, List<String>> headers) {

    /** Copies the lists; lower-cases header names, joining the values of names that differ only in case. */
    public HttpRecord {
        redirects = List.copyOf(redirects);
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
        lower.replaceAll((name, values) -> List.copyOf(values));
        headers = Map.copyOf(lower);
    }

    /**
     * Returns the first value of a header field.
     *
     * @param name the field's name, in any case
     * @return its first value, or null if the response has none
     */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Returns this response with the redirects that led to it.
     *
     * @param chain the redirects, in order
     * @return a copy with {@code redirects} set
     */
    public HttpRecord withRedirects(List<Redirect> chain) {
        return new HttpRecord(url, status, chain, headers);
    }

    /**
     * One redirect followed: a URL that answered with a redirect status.
     *
     * @param url the URL requested
     * @param status its redirect status, such as {@code 301}
     */
    public record Redirect(String url, int status) {
    }
}
