package io.github.verbatim.report;

import io.github.verbatim.cite.CitationStyle;
import io.github.verbatim.cite.CslItem;
import io.github.verbatim.cite.FormattedReference;
import io.github.verbatim.cite.ReferenceFormatter;
import io.github.verbatim.cite.References;
import io.github.verbatim.model.Article;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What every section of the report needs: the bundle, its references, and names for its articles. */
final class ReportContext {

    private final BundleView view;
    private final References references;
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, CslItem> items = new HashMap<>();
    private final Map<CitationStyle, ReferenceFormatter> formatters = new EnumMap<>(CitationStyle.class);
    private final Map<CitationStyle, List<FormattedReference>> bibliographies = new EnumMap<>(CitationStyle.class);
    private final Map<String, String> apaEntries = new HashMap<>();

    ReportContext(BundleView view, References references) {
        this.view = view;
        this.references = references;
        for (Article article : view.articles()) {
            articles.putIfAbsent(article.id(), article);
            numbers.putIfAbsent(article.id(), numbers.size() + 1);
        }
        references.items().forEach(item -> items.put(item.id(), item));
        for (CitationStyle style : CitationStyle.values()) {
            ReferenceFormatter formatter = ReferenceFormatter.of(style, references.items(), ReferenceFormatter.Output.HTML);
            formatters.put(style, formatter);
            bibliographies.put(style, formatter.bibliography());
        }
        bibliographies.get(CitationStyle.APA).forEach(r -> apaEntries.put(r.key(), r.text()));
    }

    BundleView view() {
        return view;
    }

    References references() {
        return references;
    }

    /** Returns the article with that id, or null. */
    @Nullable Article article(String id) {
        return articles.get(id);
    }

    /** Returns the article's number in the bundle, from 1. */
    int number(Article article) {
        return numbers.get(article.id());
    }

    /** Returns the id of the article's card, {@code article-<first 12 hex digits>}. */
    String anchor(Article article) {
        return "article-" + article.capture().sha256().substring(0, 12);
    }

    /** Returns the article's CSL item. */
    CslItem item(Article article) {
        return items.get(references.key(article));
    }

    /** Returns the CSL item with that key. */
    CslItem item(String key) {
        return items.get(key);
    }

    /** Returns a short name for the article: its outlet, else its title, cut to six words. */
    String label(Article article) {
        if (article.publisher() != null) {
            return article.publisher().name();
        }
        String title = item(article).plainTitle();
        if (title == null) {
            return "Article " + number(article);
        }
        String[] words = title.split(" ");
        return words.length <= 6 ? title : String.join(" ", List.of(words).subList(0, 6)) + "…";
    }

    /** Returns the formatted bibliography, HTML, in the style's order. */
    List<FormattedReference> bibliography(CitationStyle style) {
        return bibliographies.get(style);
    }

    /** Returns an item's APA 7 entry as HTML. */
    String apaEntry(String key) {
        return apaEntries.getOrDefault(key, "");
    }

    /** Returns the HTML formatter of a style. */
    ReferenceFormatter formatter(CitationStyle style) {
        return formatters.get(style);
    }
}
