package io.github.verbatim.html;

import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Origin;
import io.github.verbatim.model.Span;
import io.github.verbatim.read.Document;
import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import io.github.verbatim.read.ReadException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** Pages written to files and read with {@link HtmlReader}, for the tests. */
final class Pages {

    private Pages() {
    }

    /** Writes a page in UTF-8 and reads it. */
    static Document read(Path dir, String html) throws IOException, ReadException {
        return read(dir, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a page's bytes and reads it. */
    static Document read(Path dir, byte[] bytes) throws IOException, ReadException {
        Path file = write(dir, "page.html", bytes);
        return new HtmlReader().read(file, capture(file));
    }

    /** Writes a page in a charset. */
    static Path write(Path dir, String name, String html, Charset charset) throws IOException {
        return write(dir, name, html.getBytes(charset));
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    /** Returns the capture of a file, as the bundler makes it. */
    static Capture capture(Path file) throws IOException {
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new Capture(sha, Files.size(file), "text/html", "data/originals/" + sha + ".html",
                List.of(new Origin("file", "inputs/" + file.getFileName(), Instant.parse("2026-01-02T03:04:05Z"), null)));
    }

    /** Returns the texts of a document's paragraphs. */
    static List<String> paragraphs(Document doc) {
        return doc.paragraphs().stream().map(span -> slice(doc.text(), span)).toList();
    }

    /** Returns the code-point span of a text. */
    static String slice(String text, Span span) {
        int start = text.offsetByCodePoints(0, span.start());
        return text.substring(start, text.offsetByCodePoints(start, span.end() - span.start()));
    }

    /** Returns the first value of a field, or null. */
    static MetadataValue first(Document doc, MetadataField field) {
        return doc.metadata().stream().filter(v -> v.field() == field).findFirst().orElse(null);
    }

    /** Returns every value of a field with the first value's method, as the article's authors are chosen. */
    static List<String> firstMethodValues(Document doc, MetadataField field) {
        MetadataValue first = first(doc, field);
        if (first == null) {
            return List.of();
        }
        return doc.metadata().stream()
                .filter(v -> v.field() == field && v.provenance().method().equals(first.provenance().method()))
                .map(MetadataValue::value).toList();
    }

    /** Wraps body markup in a page with a header, navigation, share bar, related list, comments and footer. */
    static String article(String head, String body) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">%s</head>
                <body>
                <header class="site-header"><a href="/">The Daily Example</a>
                  <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
                  <li><a href="/sport">Sport</a></li></ul></nav></header>
                <div id="cookie-consent">We use cookies to improve your experience. By using this site you accept
                  our cookie policy, which you can read at any time on our policies page.</div>
                <main>
                <article>
                  <h1>Harbour Bridge Reopens After Two Years</h1>
                  <div class="byline">By Jane Reporter</div>
                  <div class="share-bar"><a href="https://facebook.com/sharer">Share on Facebook</a>
                    <a href="https://twitter.com/intent/tweet">Share on Twitter</a></div>
                  <div class="article-body">%s</div>
                  <div class="newsletter-signup"><p>Get the best of the Daily Example in your inbox every
                    morning, with our editors' picks and the stories everyone is talking about.</p></div>
                </article>
                <aside class="related-stories"><h2>Related</h2><ul>
                  <li><a href="/a">Council approves new ferry timetable for the summer season</a></li>
                  <li><a href="/b">Harbour master retires after forty years on the water</a></li></ul></aside>
                <section id="comments"><h2>Comments</h2>
                  <div class="comment"><p>This is great news, I have waited so long for this bridge to open
                    again, and the detour through town was a nightmare every single morning.</p></div>
                  <div class="comment"><p>Typical council, two years late and millions over budget, as
                    usual. Nobody will be held to account for this, you can be sure of that.</p></div>
                </section>
                </main>
                <footer><p>© 2026 The Daily Example. All rights reserved.</p>
                  <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
                </body></html>
                """.formatted(head, body);
    }
}
