package io.github.verbatim.cite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One CSL-JSON item, the citation format of Zotero, Mendeley, pandoc and citeproc (CSL 1.0.2
 * {@code csl-data.json}).
 *
 * @param id the citation key, unique in a bundle
 * @param type the CSL type: {@value #ARTICLE_NEWSPAPER} for an article, {@value #POST} for a
 *     social-media post
 * @param title the title, as CSL rich text: words that must be cited exactly as written (a post's
 *     text, the first words that stand for an untitled article's title) are wrapped in
 *     {@code <span class="nocase">}, so that no style changes their case; see {@link #plainTitle()}
 * @param containerTitle the outlet, or the platform of a post
 * @param author the authors; a post's account as one literal name, {@code Name [@handle]}
 * @param issued the publication date
 * @param accessed when the original was captured
 * @param url the URL
 * @param archive the archive holding the original
 * @param archiveLocation where in the archive the original is
 * @param genre the kind of work within its type, such as {@code Post} or {@code Video}
 * @param language the language tag
 */
public record CslItem(
        String id,
        String type,
        @Nullable String title,
        @JsonProperty("container-title") @Nullable String containerTitle,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CslName> author,
        @Nullable CslDate issued,
        @Nullable CslDate accessed,
        @JsonProperty("URL") @Nullable String url,
        @Nullable String archive,
        @JsonProperty("archive_location") @Nullable String archiveLocation,
        @Nullable String genre,
        @Nullable String language) {

    /** The CSL type of a news article. */
    public static final String ARTICLE_NEWSPAPER = "article-newspaper";
    /** The CSL type of a social-media post. */
    public static final String POST = "post";

    private static final String NOCASE_OPEN = "<span class=\"nocase\">";
    private static final String NOCASE_CLOSE = "</span>";

    /** Copies the authors. */
    public CslItem {
        author = author == null ? List.of() : List.copyOf(author);
    }

    /**
     * Returns a title that styles must not change the case of: CSL rich text, the words wrapped in
     * {@code <span class="nocase">}.
     *
     * @param words the words as written
     * @return the rich text
     */
    public static String verbatim(String words) {
        return NOCASE_OPEN + words + NOCASE_CLOSE;
    }

    /**
     * Returns the title without the {@code nocase} span that {@link #verbatim(String)} puts around
     * it, for formats that have no such markup (BibLaTeX protects the case its own way).
     *
     * @return the title as plain text, or null if there is none
     */
    public @Nullable String plainTitle() {
        if (title != null && title.startsWith(NOCASE_OPEN) && title.endsWith(NOCASE_CLOSE)
                && title.length() >= NOCASE_OPEN.length() + NOCASE_CLOSE.length()) {
            return title.substring(NOCASE_OPEN.length(), title.length() - NOCASE_CLOSE.length());
        }
        return title;
    }

    /** Returns this item with another id, such as a longer key where two keys collide. */
    CslItem withId(String other) {
        return new CslItem(other, type, title, containerTitle, author, issued, accessed, url, archive, archiveLocation,
                genre, language);
    }
}
