package io.github.verbatim.extract;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.SourceKind;
import io.github.verbatim.model.Span;
import io.github.verbatim.quote.QuoteExtractor;
import io.github.verbatim.read.Document;
import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import io.github.verbatim.social.SocialPostExtractor;
import io.github.verbatim.source.BoilerplateDetector;
import io.github.verbatim.source.SourceExtractor;
import io.github.verbatim.source.TextMetadataExtractor;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a read document into an article.
 *
 * <p>In order: boilerplate paragraphs are set apart from the body; social posts, sources and
 * metadata that the text gives in words are found and joined to those the reader found in the
 * document's structure (embeds, links) — a post found in words that the reader already gave (the
 * same URL, or a span of the text that overlaps the reader's) is left out; quotations are found
 * and linked to the posts.
 * For each metadata field the first candidate wins — the reader's own (most trustworthy first),
 * then what the text gives — and its provenance is kept under the field's name in
 * {@link Article#provenance()}.
 */
public final class ArticleExtractor {

    private final BoilerplateDetector boilerplateDetector = new BoilerplateDetector();
    private final SocialPostExtractor socialPosts = new SocialPostExtractor();
    private final SourceExtractor sourceExtractor = new SourceExtractor();
    private final TextMetadataExtractor textMetadata = new TextMetadataExtractor();
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();

    /** Creates the extractor. */
    public ArticleExtractor() {
    }

    /**
     * Builds the article.
     *
     * @param document what the reader gave
     * @param capture the capture the document was read from
     * @return the article
     */
    public Article extract(Document document, Capture capture) {
        NormalizedText text = NormalizedText.of(document.text());
        ArticleText all = new ArticleText(text, capture.documentId(), document.paragraphs());
        List<Span> boilerplate = boilerplateDetector.detect(all);
        Set<Span> excluded = new HashSet<>(boilerplate);
        List<Span> body = document.paragraphs().stream().filter(p -> !excluded.contains(p)).toList();
        ArticleText article = new ArticleText(text, capture.documentId(), body);

        List<SocialPost> posts = new ArrayList<>(document.posts());
        for (SocialPost post : socialPosts.extract(article)) {
            // A post the reader found in the markup wins over one read from the same words.
            if (posts.stream().noneMatch(p -> p.url().equals(post.url()) || overlap(p.provenance(), post.provenance()))) {
                posts.add(post);
            }
        }
        posts.sort((a, b) -> Integer.compare(start(a.provenance()), start(b.provenance())));
        List<Source> sources = new ArrayList<>(document.sources());
        sources.addAll(sourceExtractor.extract(article, boilerplate));
        List<MetadataValue> metadata = new ArrayList<>(document.metadata());
        metadata.addAll(textMetadata.extract(article, boilerplate));
        List<Quote> quotes = quoteExtractor.extract(article, posts);

        Map<String, Provenance> provenance = new HashMap<>();
        String title = first(metadata, MetadataField.TITLE, "title", provenance);
        String published = first(metadata, MetadataField.PUBLISHED, "published", provenance);
        String url = first(metadata, MetadataField.URL, "url", provenance);
        String language = first(metadata, MetadataField.LANGUAGE, "language", provenance);
        String publisherName = first(metadata, MetadataField.PUBLISHER, "publisher", provenance);
        Source publisher = publisherName == null ? null
                : new Source(SourceKind.PUBLISHER, publisherName, null, provenance.get("publisher"));
        if (publisher != null && sources.stream().noneMatch(s -> s.kind() == SourceKind.PUBLISHER
                && s.name().equalsIgnoreCase(publisherName))) {
            sources.add(0, publisher);
        }
        List<String> authors = authors(metadata, provenance);
        return new Article(capture.documentId(), title, authors, publisher, published, url, language,
                document.text(), body, boilerplate, quotes, posts, sources, capture, document.report(), provenance);
    }

    /** Returns whether two values' spans of the text share a code point. */
    private static boolean overlap(Provenance a, Provenance b) {
        return a.position() != null && b.position() != null && a.position().start() < b.position().end()
                && b.position().start() < a.position().end();
    }

    private static int start(Provenance p) {
        return p.position() == null ? Integer.MAX_VALUE : p.position().start();
    }

    /** Returns the authors the first author-giving method found, in order, without repeats. */
    private static List<String> authors(List<MetadataValue> metadata, Map<String, Provenance> provenance) {
        List<String> authors = new ArrayList<>();
        String method = null;
        for (MetadataValue value : metadata) {
            if (value.field() != MetadataField.AUTHOR) {
                continue;
            }
            if (method == null) {
                method = value.provenance().method();
                provenance.put("authors", value.provenance());
            }
            if (value.provenance().method().equals(method) && !authors.contains(value.value())) {
                authors.add(value.value());
            }
        }
        return authors;
    }

    private static @Nullable String first(List<MetadataValue> metadata, MetadataField field, String name,
            Map<String, Provenance> provenance) {
        for (MetadataValue value : metadata) {
            if (value.field() == field && !value.value().isBlank()) {
                provenance.put(name, value.provenance());
                return value.value();
            }
        }
        return null;
    }
}
