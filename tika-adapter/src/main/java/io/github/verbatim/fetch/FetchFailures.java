package io.github.verbatim.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/** Says in one sentence why a URL could not be fetched. */
final class FetchFailures {

    private FetchFailures() {
    }

    /**
     * Describes a failure of Java's HttpClient.
     *
     * @param url the URL being fetched
     * @param e what the client threw
     * @param connectTimeout the connect timeout in force
     * @param timeout the time the exchange had
     * @return such as {@code unknown host example.invalid (DNS lookup failed)}
     */
    static String describe(URI url, IOException e, Duration connectTimeout, Duration timeout) {
        String host = url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        if (e instanceof HttpConnectTimeoutException) {
            return "could not connect to " + host + " within " + seconds(connectTimeout);
        }
        if (e instanceof HttpTimeoutException) {
            return "no response from " + host + " within " + seconds(timeout);
        }
        if (has(e, UnresolvedAddressException.class) || has(e, UnknownHostException.class)) {
            return "unknown host " + url.getHost() + " (DNS lookup failed)";
        }
        if (has(e, NoRouteToHostException.class)) {
            return "no route to " + host;
        }
        if (e instanceof ConnectException) {
            return "connection refused by " + host;
        }
        if (has(e, SSLException.class)) {
            Throwable tls = cause(e, SSLException.class);
            return "TLS with " + host + " failed: " + message(tls == null ? e : tls);
        }
        return "fetching failed: " + message(e);
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : java.math.BigDecimal.valueOf(millis).movePointLeft(3)
                .stripTrailingZeros().toPlainString() + " s";
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static @Nullable Throwable cause(Throwable e, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
