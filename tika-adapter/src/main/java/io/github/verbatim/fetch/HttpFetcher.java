package io.github.verbatim.fetch;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.capture.FetchException;
import io.github.verbatim.capture.FetchRequest;
import io.github.verbatim.capture.FetchResult;
import io.github.verbatim.capture.UrlFetcher;
import io.github.verbatim.model.HttpRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Fetches {@code http} and {@code https} URLs with Java's {@link HttpClient} and writes the whole
 * exchange to a WARC file (WARC/1.1): a {@code warcinfo} record, then a {@code request} and a
 * {@code response} record for each URL requested, redirects included.
 *
 * <p>Every request is a {@code GET} over HTTP/1.1 with the user agent {@value #USER_AGENT_PREFIX}
 * followed by the version and home page, such as
 * {@code Verbatim/0.1.0 (+https://github.com/verbatim/verbatim)}. Redirects (301, 302, 303, 307,
 * 308) are followed one by one, up to the request's limit, each hop recorded. The request's time
 * limit covers the whole exchange; connecting to a host may take a third of it. A body longer
 * than the size limit is cut there, and one still arriving at the time limit is cut then: the
 * response record says so ({@code WARC-Truncated: length} or {@code time}) and the result names
 * the problem.
 *
 * <p>The records are rebuilt from what HttpClient reports, not copied off the wire: the status
 * line carries the standard reason phrase (HttpClient does not give the server's), the header
 * fields are those HttpClient gives, in name order, without {@code Transfer-Encoding} (the body
 * is recorded with its transfer coding removed), and there is no {@code WARC-IP-Address}. The
 * {@code warcinfo} record says this. Block and payload digests (SHA-1) are computed as the body
 * arrives; the body is never held in memory.
 */
public final class HttpFetcher implements UrlFetcher {

    /** The start of the {@code User-Agent} Verbatim sends. */
    public static final String USER_AGENT_PREFIX = "Verbatim/";
    /** The {@code User-Agent} Verbatim sends. */
    public static final String USER_AGENT = USER_AGENT_PREFIX + SoftwareAgent.VERSION + " (+" + SoftwareAgent.URL + ")";

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "verbatim-fetch-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final ConcurrentMap<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    /** Creates the fetcher. */
    public HttpFetcher() {
    }

    /** Returns {@code http}. */
    @Override
    public String name() {
        return "http";
    }

    /**
     * Returns whether the URL is an {@code http} or {@code https} URL with a host.
     *
     * @param url an absolute URL
     * @return true if {@link #fetch} fetches it
     */
    @Override
    public boolean fetches(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
    }

    /**
     * Fetches the URL, following redirects, and writes the exchange to a new WARC file.
     *
     * @param request the URL and the limits
     * @param warc the WARC file to write; must not exist
     * @return the final response's status and URL and the redirects followed; a problem for an
     *     error status, too many redirects, or a body cut at a limit
     * @throws FetchException if no response came: unknown host, connection refused, no response
     *     in time; no WARC file is left then
     * @throws IOException if the WARC file cannot be written
     */
    @Override
    public FetchResult fetch(FetchRequest request, Path warc) throws FetchException, IOException {
        long deadline = System.nanoTime() + request.timeout().toNanos();
        Duration connect = request.timeout().dividedBy(3);
        HttpClient client = clients.computeIfAbsent(connect.isZero() ? Duration.ofMillis(1) : connect, HttpFetcher::client);
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
            writer.write(warcinfo(request.clock().instant()));
            URI url = request.url();
            List<HttpRecord.Redirect> redirects = new ArrayList<>();
            while (true) {
                Exchange exchange = exchange(client, url, request, deadline, writer, warc, connect);
                int status = exchange.status();
                if (REDIRECTS.contains(status) && exchange.location() != null && exchange.problem() == null) {
                    Optional<URI> next = resolve(url, exchange.location());
                    String problem = next.isEmpty() ? "redirected to an invalid URL: " + exchange.location()
                            : !fetches(next.get()) ? "redirected to a URL Verbatim does not fetch: " + next.get()
                            : redirects.size() == request.maxRedirects() ? "more than " + request.maxRedirects()
                                    + " redirects, the most Verbatim follows" : null;
                    if (problem != null) {
                        return new FetchResult(request.url(), url, status, redirects, problem);
                    }
                    redirects.add(new HttpRecord.Redirect(url.toString(), status));
                    url = next.get();
                    continue;
                }
                String problem = exchange.problem() != null ? exchange.problem()
                        : status >= 200 && status <= 299 ? null
                        : ("HTTP " + status + " " + ReasonPhrases.of(status)).strip();
                return new FetchResult(request.url(), url, status, redirects, problem);
            }
        } catch (FetchException e) {
            Files.deleteIfExists(warc);
            throw e;
        }
    }

    /** One request and its response, recorded. */
    private record Exchange(int status, @Nullable String location, @Nullable String problem) {
    }

    private Exchange exchange(HttpClient client, URI url, FetchRequest request, long deadline, WarcWriter writer,
            Path warc, Duration connect) throws FetchException, IOException {
        Duration remaining = Duration.ofNanos(deadline - System.nanoTime());
        if (remaining.isNegative() || remaining.isZero()) {
            throw new FetchException(url.toString(), "no response within " + FetchFailures.seconds(request.timeout())
                    + " (the redirects took all of it)", null);
        }
        HttpRequest httpRequest = HttpRequest.newBuilder(url).GET().timeout(remaining)
                .header("User-Agent", USER_AGENT).header("Accept", ACCEPT).build();
        Instant requestedAt = request.clock().instant();
        HttpResponse<InputStream> response;
        try {
            response = client.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FetchException(url.toString(), FetchFailures.describe(url, e, connect, request.timeout()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + url);
        }
        byte[] head = responseHead(response);
        Path body = warc.resolveSibling(warc.getFileName() + ".body");
        try {
            Body received = receive(response.body(), body, head, request.maxBytes(), deadline);
            org.netpreserve.jwarc.HttpRequest recordedRequest = new org.netpreserve.jwarc.HttpRequest.Builder("GET",
                    target(url)).addHeader("Host", authority(url)).addHeader("User-Agent", USER_AGENT)
                    .addHeader("Accept", ACCEPT).build();
            WarcRequest requestRecord = new WarcRequest.Builder(url).version(MessageVersion.WARC_1_1).date(requestedAt)
                    .blockDigest(new WarcDigest(sha1(recordedRequest.serializeHeader()))).body(recordedRequest).build();
            writer.write(requestRecord);
            try (InputStream block = new SequenceInputStream(new ByteArrayInputStream(head), Files.newInputStream(body))) {
                WarcResponse responseRecord = new WarcResponse.Builder(url).version(MessageVersion.WARC_1_1)
                        .date(requestedAt).concurrentTo(requestRecord.id())
                        .blockDigest(new WarcDigest(received.blockDigest()))
                        .payloadDigest(new WarcDigest(received.payloadDigest()))
                        .truncated(received.truncated())
                        .body(MediaType.HTTP_RESPONSE, Channels.newChannel(block), head.length + received.length())
                        .build();
                writer.write(responseRecord);
            }
            String problem = switch (received.truncated()) {
                case LENGTH -> "larger than " + request.maxBytes() + " bytes, the most Verbatim keeps of one response;"
                        + " the first " + request.maxBytes() + " bytes are archived (WARC-Truncated: length)";
                case TIME -> "still arriving after " + FetchFailures.seconds(request.timeout()) + "; the "
                        + received.length() + " bytes received are archived (WARC-Truncated: time)";
                case DISCONNECT -> "the connection broke after " + received.length() + " bytes of the response ("
                        + received.error() + "); they are archived (WARC-Truncated: disconnect)";
                default -> null;
            };
            return new Exchange(response.statusCode(), response.headers().firstValue("Location").orElse(null), problem);
        } finally {
            Files.deleteIfExists(body);
        }
    }

    /** A response body received into a file. */
    private record Body(long length, MessageDigest payloadDigest, MessageDigest blockDigest,
            WarcTruncationReason truncated, @Nullable String error) {
    }

    /** Copies a body into a file up to the size and time limits, computing its digests as it comes. */
    private static Body receive(InputStream stream, Path file, byte[] head, long maxBytes, long deadline)
            throws IOException {
        MessageDigest payload = sha1();
        MessageDigest block = sha1();
        block.update(head);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            closeQuietly(stream);
        }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        long total = 0;
        WarcTruncationReason truncated = WarcTruncationReason.NOT_TRUNCATED;
        String error = null;
        try (InputStream in = stream; OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                int n;
                try {
                    // One byte more than the limit allows tells a body at the limit from one over it.
                    long room = maxBytes - total;
                    n = in.read(buffer, 0, room >= buffer.length ? buffer.length : (int) room + 1);
                } catch (IOException e) {
                    truncated = timedOut.get() ? WarcTruncationReason.TIME : WarcTruncationReason.DISCONNECT;
                    error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    break;
                }
                if (n < 0) {
                    truncated = timedOut.get() ? WarcTruncationReason.TIME : WarcTruncationReason.NOT_TRUNCATED;
                    break;
                }
                int keep = (int) Math.min(n, maxBytes - total);
                out.write(buffer, 0, keep);
                payload.update(buffer, 0, keep);
                block.update(buffer, 0, keep);
                total += keep;
                if (keep < n) {
                    truncated = WarcTruncationReason.LENGTH;
                    break;
                }
            }
        } finally {
            alarm.cancel(false);
        }
        return new Body(total, payload, block, truncated, error);
    }

    /** Returns the response's status line and header fields as HTTP/1.1 puts them, ending with the blank line. */
    private static byte[] responseHead(HttpResponse<?> response) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.statusCode());
        String reason = ReasonPhrases.of(response.statusCode());
        head.append(' ').append(reason).append("\r\n");
        for (Map.Entry<String, List<String>> field : response.headers().map().entrySet()) {
            String name = field.getKey();
            if (name.startsWith(":") || name.equalsIgnoreCase("Transfer-Encoding")) {
                continue;
            }
            for (String value : field.getValue()) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Warcinfo warcinfo(Instant date) {
        byte[] fields = ("software: " + USER_AGENT + "\r\n"
                + "format: WARC File Format 1.1\r\n"
                + "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
                + "description: HTTP exchanges as Java's HttpClient reported them: standard reason phrases,"
                + " header fields in name order without Transfer-Encoding, bodies with the transfer coding"
                + " removed; no IP addresses.\r\n").getBytes(StandardCharsets.UTF_8);
        return new Warcinfo.Builder().version(MessageVersion.WARC_1_1).date(date)
                .blockDigest(new WarcDigest(sha1(fields))).body(MediaType.WARC_FIELDS, fields).build();
    }

    private static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).build();
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            return Optional.of(base.resolve(location.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Returns the request target: the path (at least {@code /}) and query, as sent. */
    private static String target(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    private static String authority(URI url) {
        return url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }

    private static MessageDigest sha1(byte[] bytes) {
        MessageDigest digest = sha1();
        digest.update(bytes);
        return digest;
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // Closing is how a slow body is stopped; a failure to close changes nothing.
        }
    }
}
