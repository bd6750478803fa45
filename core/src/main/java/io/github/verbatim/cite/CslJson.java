package io.github.verbatim.cite;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Origin;
import java.time.ZoneOffset;
import java.util.List;

/** Makes CSL-JSON items for articles. */
public final class CslJson {

    /** The {@code archive} named in every item: the bundle that holds the original. */
    public static final String ARCHIVE = "Verbatim citation bundle";

    private CslJson() {
    }

    /**
     * Returns the citation key of an article: {@code verbatim-} and the first 12 hex digits of its
     * SHA-256, stable for the same bytes in every bundle.
     *
     * @param article the article
     * @return the key
     */
    public static String key(Article article) {
        return "verbatim-" + article.capture().sha256().substring(0, 12);
    }

    /**
     * Returns the CSL-JSON item of an article.
     *
     * @param article the article
     * @return the item, of type {@code article-newspaper}
     */
    public static CslItem item(Article article) {
        List<Origin> origins = article.capture().origins();
        CslDate accessed = origins.isEmpty() ? null
                : CslDate.of(origins.get(0).capturedAt().atOffset(ZoneOffset.UTC).toLocalDate());
        return new CslItem(
                key(article),
                "article-newspaper",
                article.title(),
                article.publisher() == null ? null : article.publisher().name(),
                article.authors().stream().map(CslName::of).toList(),
                CslDate.parse(article.published()),
                accessed,
                article.url(),
                ARCHIVE,
                article.capture().archivedAs(),
                article.language());
    }

    /**
     * Returns the CSL-JSON items of articles, in order.
     *
     * @param articles the articles
     * @return one item each
     */
    public static List<CslItem> items(List<Article> articles) {
        return articles.stream().map(CslJson::item).toList();
    }
}
