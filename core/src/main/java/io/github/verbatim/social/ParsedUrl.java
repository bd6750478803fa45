package io.github.verbatim.social;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A URL taken apart by {@link URI}: lower-case host without {@code www.}, decoded path segments and
 * query parameters (the first value of each name).
 *
 * @param host the host, lower case, without a leading {@code www.} or trailing dot
 * @param segments the non-empty path segments, decoded
 * @param query the query parameters, decoded; the first value of each name
 */
record ParsedUrl(String host, List<String> segments, Map<String, String> query) {

    /**
     * Parses a URL as written in text; one without a scheme is read as {@code https}.
     *
     * @param written the URL
     * @return the parts, or empty when {@link URI} cannot read it or it has no host
     */
    static Optional<ParsedUrl> parse(String written) {
        String withScheme = written.regionMatches(true, 0, "http://", 0, 7)
                || written.regionMatches(true, 0, "https://", 0, 8) ? written : "https://" + written;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null || uri.getPath() == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = uri.getPath();
        // Old X/Twitter links put the path in the fragment: twitter.com/#!/user/status/1
        if ((path.isEmpty() || path.equals("/")) && uri.getFragment() != null && uri.getFragment().startsWith("!/")) {
            path = uri.getFragment().substring(1);
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return Optional.of(new ParsedUrl(host, List.copyOf(segments), Map.copyOf(query(uri.getRawQuery()))));
    }

    /** Returns the path segment at {@code index}, or null past the end. */
    @Nullable String segment(int index) {
        return index < segments.size() ? segments.get(index) : null;
    }

    private static Map<String, String> query(@Nullable String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return encoded;
        }
    }
}
