package io.github.verbatim.extract;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.SourceKind;
import io.github.verbatim.read.Document;
import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a read document into an article: for each metadata field the first candidate wins
 * (readers list candidates most trustworthy first), and its provenance is kept under the field's
 * name in {@link Article#provenance()}.
 */
public final class ArticleExtractor {

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
        Map<String, Provenance> provenance = new HashMap<>();
        String title = first(document, MetadataField.TITLE, "title", provenance);
        String published = first(document, MetadataField.PUBLISHED, "published", provenance);
        String url = first(document, MetadataField.URL, "url", provenance);
        String language = first(document, MetadataField.LANGUAGE, "language", provenance);
        String publisherName = first(document, MetadataField.PUBLISHER, "publisher", provenance);
        Source publisher = publisherName == null ? null
                : new Source(SourceKind.PUBLISHER, publisherName, null, provenance.get("publisher"));
        List<String> authors = new ArrayList<>();
        String authorMethod = null;
        for (MetadataValue value : document.metadata()) {
            if (value.field() != MetadataField.AUTHOR) {
                continue;
            }
            if (authorMethod == null) {
                authorMethod = value.provenance().method();
                provenance.put("authors", value.provenance());
            }
            if (value.provenance().method().equals(authorMethod) && !authors.contains(value.value())) {
                authors.add(value.value());
            }
        }
        return new Article(capture.documentId(), title, authors, publisher, published, url, language,
                document.text(), document.paragraphs(), List.of(), List.of(),
                publisher == null ? List.of() : List.of(publisher), capture, document.report(), provenance);
    }

    private static @Nullable String first(Document document, MetadataField field, String name, Map<String, Provenance> provenance) {
        for (MetadataValue value : document.metadata()) {
            if (value.field() == field && !value.value().isBlank()) {
                provenance.put(name, value.provenance());
                return value.value();
            }
        }
        return null;
    }
}
