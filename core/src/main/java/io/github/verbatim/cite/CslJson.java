package io.github.verbatim.cite;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Origin;
import io.github.verbatim.model.SocialPost;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Makes CSL-JSON items: {@value CslItem#ARTICLE_NEWSPAPER} for an article, {@value CslItem#POST}
 * for a social-media post.
 *
 * <p>An article's item names the archived original ({@code archive}, {@code archive_location}) and
 * the time it was captured ({@code accessed}); an untitled article gets a devised title, its first
 * words in square brackets. A post's item has the account as its author, {@code Name [@handle]} as
 * APA 7 writes it, its first twenty words as title, the platform as container and the date it was
 * posted. Titles made of the work's own words (a post's, an untitled article's) are protected
 * from case changes ({@link CslItem#verbatim(String)}); a headline is left to the style. {@link References} makes the items of a whole set of articles, each post once.
 */
public final class CslJson {

    /** The {@code archive} named in every article's item: the bundle that holds the original. */
    public static final String ARCHIVE = "Verbatim citation bundle";

    private CslJson() {
    }

    /**
     * Returns the citation key of an article, such as {@code urbanislandz-nd-john-bf3fc6}: the
     * same for the same bytes read by the same Verbatim version (see {@link References} for keys
     * that are unique in a set).
     *
     * @param article the article
     * @return the key
     */
    public static String key(Article article) {
        return item(article).id();
    }

    /**
     * Returns the CSL-JSON item of an article.
     *
     * @param article the article
     * @return the item, of type {@value CslItem#ARTICLE_NEWSPAPER}
     */
    public static CslItem item(Article article) {
        return item(article, CitationKeys.SHORT_HASH);
    }

    /**
     * Returns the CSL-JSON item of a social-media post.
     *
     * @param post the post
     * @return the item, of type {@value CslItem#POST}
     */
    public static CslItem item(SocialPost post) {
        return item(post, CitationKeys.SHORT_HASH);
    }

    /**
     * Returns the CSL-JSON items of articles and of the posts they carry, each post once: the
     * items of {@link References#of(List)}.
     *
     * @param articles the articles
     * @return the articles' items in order, then the posts' in order of first appearance
     */
    public static List<CslItem> items(List<Article> articles) {
        return References.of(articles).items();
    }

    static CslItem item(Article article, int hashDigits) {
        List<Origin> origins = article.capture().origins();
        String outlet = article.publisher() == null ? null : article.publisher().name();
        List<CslName> authors = article.authors().stream().map(CslName::of).toList();
        String title = DevisedTitles.article(article);
        CslDate issued = CslDate.parse(article.published());
        String richTitle = title == null || article.title() != null && !article.title().isBlank() ? title
                : CslItem.verbatim(title);
        String who = authors.isEmpty() ? outlet : authors.get(0).family() != null ? authors.get(0).family()
                : authors.get(0).literal();
        return new CslItem(
                CitationKeys.of(who, issued, title, article.capture().sha256(), hashDigits),
                CslItem.ARTICLE_NEWSPAPER,
                richTitle,
                outlet,
                authors,
                issued,
                origins.isEmpty() ? null : CslDate.of(origins.get(0).capturedAt()),
                article.url(),
                ARCHIVE,
                article.capture().archivedAs(),
                null,
                article.language());
    }

    static CslItem item(SocialPost post, int hashDigits) {
        String title = DevisedTitles.post(post);
        CslDate issued = CslDate.parse(post.postedAt());
        if (issued == null && post.postedAtFromId() != null) {
            issued = CslDate.of(post.postedAtFromId());
        }
        CslName account = account(post);
        String who = post.authorHandle() != null ? post.authorHandle()
                : account != null ? account.literal() : PlatformNames.name(post.platform());
        return new CslItem(
                CitationKeys.of(who, issued, title, sha256(References.identity(post)), hashDigits),
                CslItem.POST,
                CslItem.verbatim(title),
                PlatformNames.name(post.platform()),
                account == null ? List.of() : List.of(account),
                issued,
                null,
                post.url(),
                null,
                null,
                PlatformNames.genre(post.platform()),
                null);
    }

    /** Returns the account as one literal name, {@code Name [@handle]}, {@code @handle} or {@code Name}. */
    private static @Nullable CslName account(SocialPost post) {
        String name = post.authorName() == null || post.authorName().isBlank() ? null
                : SingleLine.of(post.authorName());
        String handle = post.authorHandle() == null || post.authorHandle().isBlank() ? null
                : "@" + post.authorHandle().strip();
        if (name != null && handle != null) {
            return CslName.literal(name + " [" + handle + "]");
        }
        String either = name != null ? name : handle;
        return either == null ? null : CslName.literal(either);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
