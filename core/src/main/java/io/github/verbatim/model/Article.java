package io.github.verbatim.model;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Collections;

/**
 * One captured article: its metadata, normalized text and structure, what Verbatim found in it,
 * and where every value came from.
 *
 * @param id {@code sha256:<hex>} of the original bytes
 * @param title the headline, where known
 * @param authors the authors' names, in byline order
 * @param publisher the outlet that published the article, where known
 * @param published the publication date, ISO 8601 ({@code 2020-10-01} or a date-time with offset)
 * @param url the canonical URL, where known
 * @param language the BCP 47 language tag, where known
 * @param text the normalized text (line ends {@code \n}, Unicode NFC) that every offset indexes
 * @param paragraphs the body paragraphs, in order, as code-point spans of {@code text}
 * @param boilerplate paragraphs of {@code text} that are not the article's body (publisher
 *     promotions, sign-up footers, {@code RELATED:} lines), kept in the text but out of extraction
 * @param quotes the quotations in the text
 * @param socialPosts the social-media posts the article links, embeds or quotes
 * @param sources the article's other citable origins
 * @param capture the original bytes' checksum, type and origins
 * @param reader how the bytes were read
 * @param provenance for each metadata field given above ({@code title}, {@code published}, …),
 *     where its value came from
 */
public record Article(
        String id,
        @Nullable String title,
        List<String> authors,
        @Nullable Source publisher,
        @Nullable String published,
        @Nullable String url,
        @Nullable String language,
        String text,
        List<Span> paragraphs,
        List<Span> boilerplate,
        List<Quote> quotes,
        List<SocialPost> socialPosts,
        List<Source> sources,
        Capture capture,
        ReaderReport reader,
        Map<String, Provenance> provenance) {

    /** Copies every list and map; the provenance map is kept in key order. */
    public Article {
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        boilerplate = List.copyOf(boilerplate);
        quotes = List.copyOf(quotes);
        socialPosts = List.copyOf(socialPosts);
        sources = List.copyOf(sources);
        provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
    }

    /**
     * Returns this article with another capture of the same bytes, such as one that lists more
     * origins.
     *
     * @param other a capture with the same SHA-256
     * @return the article with that capture
     */
    public Article withCapture(Capture other) {
        if (!other.sha256().equals(capture.sha256())) {
            throw new IllegalArgumentException("capture of other bytes: " + other.sha256());
        }
        return new Article(id, title, authors, publisher, published, url, language, text, paragraphs, boilerplate, quotes,
                socialPosts, sources, other, reader, provenance);
    }
}
