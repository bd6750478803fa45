package io.github.verbatim.html;

import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Origin;
import io.github.verbatim.model.ReaderReport;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.read.ArticleReader;
import io.github.verbatim.read.Document;
import io.github.verbatim.read.ReadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML page as a news article: its main text without the page's furniture, its metadata,
 * the social posts it embeds and the other sites it links to.
 *
 * <p><b>Decoding</b> follows the HTML standard's order: byte-order mark, the HTTP
 * {@code Content-Type} charset where the caller knows it ({@link #read(Path, Capture, String)}),
 * {@code <meta charset>}, then detection; the report names the charset used and every guess or
 * replaced byte. <b>Parsing</b> is jsoup's HTML5 parser, whose tree is at most 512 elements deep;
 * every walk over it is iterative.
 *
 * <p><b>The text</b> is the article's body only: its paragraphs, the headings, lists, block
 * quotes, tables and captions inside it, and the words of the posts it embeds, each its own
 * paragraph, separated by a blank line (a {@code <br>} is a line end within one). Navigation, share
 * bars, comments, related stories, ads, newsletter and cookie notices, footers, the headline and
 * the byline are not in it; how the body is found is described in the package documentation.
 * Offsets are code points of this text, as everywhere in Verbatim.
 *
 * <p><b>Metadata</b> comes from JSON-LD, OpenGraph, Highwire {@code citation_*}, Dublin Core and
 * other {@code <meta>} tags, {@code <time>}, the byline, the URL and {@code <html lang>}, most
 * trusted first; each value's provenance names its source, such as
 * {@code html:json-ld:datePublished} or {@code html:og:title}.
 *
 * <p><b>Posts and sources</b>: embedded posts (X, Instagram, TikTok, Bluesky, Threads, Facebook,
 * YouTube, Mastodon) and links to posts become {@link SocialPost}s; links to other sites become
 * sources. Their provenance points into the text; a post embedded as an iframe, which puts no words
 * in the text, has provenance without a position.
 *
 * <p>Reading fails with a {@link ReadException} naming the input for an empty file, a file larger
 * than the limit ({@value #DEFAULT_MAX_BYTES} bytes by default), binary data, and a page with no
 * text. The reader is safe to call from several threads.
 */
public final class HtmlReader implements ArticleReader {

    /** This reader's name, recorded in every article it reads and in its provenance methods. */
    public static final String NAME = "html";
    /** This reader's rank: above Tika's general reader ({@code -100}), which also reads HTML. */
    public static final int PRIORITY = 10;
    /** The largest page read unless another limit is given: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final Set<String> TYPES = Set.of("text/html", "application/xhtml+xml");

    private final long maxBytes;

    /** Creates the reader with the default size limit. */
    public HtmlReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * Creates the reader.
     *
     * @param maxBytes the largest page to read, in bytes; a larger one fails to read
     */
    public HtmlReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Returns {@value #NAME}. */
    @Override
    public String name() {
        return NAME;
    }

    /**
     * Returns whether the type is HTML: {@code text/html} or {@code application/xhtml+xml}.
     *
     * @param mediaType a type without parameters
     * @return true for HTML
     */
    @Override
    public boolean reads(String mediaType) {
        return TYPES.contains(mediaType.toLowerCase(Locale.ROOT));
    }

    /** Returns {@value #PRIORITY}. */
    @Override
    public int priority() {
        return PRIORITY;
    }

    /**
     * Reads the page, with the {@code Content-Type} the server sent where the capture recorded
     * one (a page fetched from a URL or found in a WARC file).
     *
     * @param file the captured bytes, unchanged
     * @param capture the capture of those bytes
     * @return the article's text, paragraphs, metadata, posts and sources
     * @throws ReadException if the bytes are not a page with text
     * @throws IOException if the file cannot be read
     */
    @Override
    public Document read(Path file, Capture capture) throws ReadException, IOException {
        String contentType = capture.origins().stream()
                .filter(o -> o.http() != null && o.http().header("content-type") != null)
                .map(o -> o.http().header("content-type")).findFirst().orElse(null);
        return read(file, capture, contentType);
    }

    /**
     * Reads the page as served with an HTTP {@code Content-Type}, whose charset outranks the
     * page's own {@code <meta>} (a byte-order mark outranks both).
     *
     * @param file the captured bytes, unchanged
     * @param capture the capture of those bytes
     * @param contentType the {@code Content-Type} header, such as {@code text/html; charset=Shift_JIS},
     *     or null if unknown
     * @return the article's text, paragraphs, metadata, posts and sources
     * @throws ReadException if the bytes are not a page with text
     * @throws IOException if the file cannot be read
     */
    public Document read(Path file, Capture capture, @Nullable String contentType) throws ReadException, IOException {
        String input = capture.origins().isEmpty() ? file.toString() : capture.origins().get(0).location();
        long size = Files.size(file);
        if (size == 0) {
            throw new ReadException(input, "empty file (0 bytes), no text to read");
        }
        if (size > maxBytes) {
            throw new ReadException(input, "page of " + size + " bytes is larger than the " + maxBytes
                    + " bytes Verbatim reads from one page");
        }
        PageDecoder.Decoded decoded = PageDecoder.decode(Files.readAllBytes(file), contentType, input);
        List<String> warnings = new ArrayList<>(decoded.warnings());
        org.jsoup.nodes.Document page = Parser.htmlParser().parseInput(decoded.html(), baseUri(capture));
        String documentId = capture.documentId();
        PageMetadata metadata = PageMetadata.read(page, documentId, warnings);
        String url = metadata.url();
        if (page.location().isEmpty() && url != null) {
            page.setBaseUri(url);
        }
        BlockTree blocks = BlockWalker.walk(page.body());
        List<Block> body = ContentSelector.select(blocks, metadata.title(), plainText(metadata.articleBody()));
        MainText text = MainText.of(body);
        if (text.text().text().isBlank()) {
            throw new ReadException(input, "no text found in the page (" + size + " bytes of "
                    + capture.mediaType() + ")");
        }
        PostUrls urls = new PostUrls();
        List<SocialPost> posts = new ArrayList<>(EmbedPosts.find(body, text, documentId, urls));
        List<String> allLinks = url == null ? absoluteLinks(page) : List.of();
        BodyLinks links = BodyLinks.read(body, text, url, allLinks, documentId, urls);
        Set<String> postUrls = new HashSet<>();
        posts.forEach(p -> postUrls.add(p.url()));
        for (SocialPost post : links.posts()) {
            if (postUrls.add(post.url())) {
                posts.add(post);
            }
        }
        return new Document(text.text().text(), text.paragraphs(), metadata.values(),
                new ReaderReport(NAME, capture.mediaType(), decoded.charset(), warnings), posts, links.sources());
    }

    /** Returns the capture's URL, where it was fetched from one, to resolve relative links against. */
    private static String baseUri(Capture capture) {
        for (Origin origin : capture.origins()) {
            String location = origin.location();
            if (location.regionMatches(true, 0, "http://", 0, 7) || location.regionMatches(true, 0, "https://", 0, 8)) {
                return location;
            }
        }
        return "";
    }

    /** Returns a JSON-LD body as plain text: some pages put markup in it. */
    private static @Nullable String plainText(@Nullable String articleBody) {
        if (articleBody == null || articleBody.indexOf('<') < 0) {
            return articleBody;
        }
        return Jsoup.parseBodyFragment(articleBody).text();
    }

    /** Returns every absolute link of the page, from which its own site is found when it names no URL. */
    private static List<String> absoluteLinks(org.jsoup.nodes.Document page) {
        List<String> links = new ArrayList<>();
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            if (href.regionMatches(true, 0, "http", 0, 4)) {
                links.add(href);
            }
        }
        return links;
    }
}
