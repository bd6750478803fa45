package io.github.verbatim.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.verbatim.testing.Documents;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on the loopback address (127.0.0.1, a free port) with the pages the fetch tests
 * need: a page, a redirect, a 404, a slow answer, a trickling body, an oversize body. Nothing in
 * the tests ever contacts another address.
 */
final class LocalServer implements AutoCloseable {

    static final String ARTICLE = Documents.html("Harbour news", "The harbour reopened on Monday.",
            "Fishing boats returned after the storm.");
    static final int BIG = 3 * 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "local-server");
        thread.setDaemon(true);
        return thread;
    });
    /** The User-Agent and Accept of every request, in order. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Returns the URL of a path on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("User-Agent")
                + " | " + exchange.getRequestHeaders().getFirst("Accept"));
        try (exchange) {
            switch (exchange.getRequestURI().getPath()) {
                case "/article" -> send(exchange, 200, "text/html; charset=utf-8", ARTICLE.getBytes(StandardCharsets.UTF_8));
                case "/chunked" -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                    exchange.getResponseHeaders().add("Last-Modified", "Wed, 30 Sep 2020 21:00:00 GMT");
                    exchange.sendResponseHeaders(200, 0);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(Documents.html("Chunked", "Sent in pieces.").getBytes(StandardCharsets.UTF_8));
                    }
                }
                case "/old" -> redirect(exchange, 301, "/article");
                case "/loop" -> redirect(exchange, 302, "/loop");
                case "/elsewhere" -> redirect(exchange, 302, "ftp://127.0.0.1/file");
                case "/missing" -> send(exchange, 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));
                case "/pdf" -> send(exchange, 200, "application/pdf", Documents.pdf());
                case "/image" -> send(exchange, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'});
                case "/slow" -> {
                    sleep(5_000);
                    send(exchange, 200, "text/html", ARTICLE.getBytes(StandardCharsets.UTF_8));
                }
                case "/trickle" -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, 1000);
                    OutputStream out = exchange.getResponseBody();
                    for (int i = 0; i < 100; i++) {
                        out.write("<p>drip</p".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        sleep(200);
                    }
                }
                case "/big" -> {
                    exchange.getResponseHeaders().add("Content-Type", "text/html");
                    exchange.sendResponseHeaders(200, BIG);
                    byte[] line = "<p>Paragraph after paragraph after paragraph.</p>\n".getBytes(StandardCharsets.US_ASCII);
                    OutputStream out = exchange.getResponseBody();
                    for (int sent = 0; sent < BIG; sent += line.length) {
                        out.write(line, 0, Math.min(line.length, BIG - sent));
                    }
                }
                default -> send(exchange, 500, "text/plain", "no such test page".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            // The client went away (a timeout or a size limit): as intended.
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, status, "text/html", ("<a href=\"" + location + "\">moved</a>").getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
