package io.github.verbatim.cite;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.SocialPost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The references of a set of articles: one CSL-JSON item for each article and one for each
 * social-media post they carry, a post that several articles carry cited once, every key unique.
 *
 * <p>Two posts are the same post when their platform and id agree, or, without an id (a tweet
 * left as embed text), when platform, URL and text agree. Where two keys of the set would be
 * equal, both get a longer hash.
 */
public final class References {

    private final List<CslItem> items;
    private final Map<String, String> articleKeys;
    private final Map<String, String> postKeys;
    private final List<CitedPost> posts;

    private References(List<CslItem> items, Map<String, String> articleKeys, Map<String, String> postKeys,
            List<CitedPost> posts) {
        this.items = List.copyOf(items);
        this.articleKeys = Map.copyOf(articleKeys);
        this.postKeys = Map.copyOf(postKeys);
        this.posts = List.copyOf(posts);
    }

    /**
     * Returns the references of articles.
     *
     * @param articles the articles; an article given twice (the same id) is cited once
     * @return the references
     */
    public static References of(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        Map<String, List<SocialPost>> occurrences = new LinkedHashMap<>();
        Map<String, List<String>> citedBy = new LinkedHashMap<>();
        for (Article article : byId.values()) {
            for (SocialPost post : article.socialPosts()) {
                String identity = identity(post);
                occurrences.computeIfAbsent(identity, k -> new ArrayList<>()).add(post);
                List<String> ids = citedBy.computeIfAbsent(identity, k -> new ArrayList<>());
                if (!ids.contains(article.id())) {
                    ids.add(article.id());
                }
            }
        }
        Map<String, SocialPost> bestPost = new LinkedHashMap<>();
        occurrences.forEach((identity, found) -> bestPost.put(identity, mostComplete(found)));

        List<CslItem> shortItems = Stream.concat(
                byId.values().stream().map(a -> CslJson.item(a, CitationKeys.SHORT_HASH)),
                bestPost.values().stream().map(p -> CslJson.item(p, CitationKeys.SHORT_HASH))).toList();
        Map<String, Integer> keyCounts = new HashMap<>();
        shortItems.forEach(item -> keyCounts.merge(item.id(), 1, Integer::sum));

        List<CslItem> items = new ArrayList<>();
        Map<String, String> articleKeys = new HashMap<>();
        Map<String, String> postKeys = new HashMap<>();
        List<CitedPost> posts = new ArrayList<>();
        int index = 0;
        for (Article article : byId.values()) {
            CslItem item = shortItems.get(index++);
            if (keyCounts.get(item.id()) > 1) {
                item = CslJson.item(article, CitationKeys.LONG_HASH);
            }
            items.add(item);
            articleKeys.put(article.id(), item.id());
        }
        for (Map.Entry<String, SocialPost> e : bestPost.entrySet()) {
            CslItem item = shortItems.get(index++);
            if (keyCounts.get(item.id()) > 1) {
                item = CslJson.item(e.getValue(), CitationKeys.LONG_HASH);
            }
            items.add(item);
            postKeys.put(e.getKey(), item.id());
            posts.add(new CitedPost(item.id(), e.getValue(), citedBy.get(e.getKey())));
        }
        return new References(items, articleKeys, postKeys, posts);
    }

    /** Returns every item: the articles' in order, then the posts' in order of first appearance. */
    public List<CslItem> items() {
        return items;
    }

    /** Returns the posts, each once, in order of first appearance. */
    public List<CitedPost> posts() {
        return posts;
    }

    /**
     * Returns an article's key.
     *
     * @param article one of the articles
     * @return its key
     * @throws IllegalArgumentException if the article is not one of this set
     */
    public String key(Article article) {
        String key = articleKeys.get(article.id());
        if (key == null) {
            throw new IllegalArgumentException("not one of these articles: " + article.id());
        }
        return key;
    }

    /**
     * Returns a post's key.
     *
     * @param post a post of one of the articles
     * @return its key, or null if no article of this set carries it
     */
    public @Nullable String key(SocialPost post) {
        return postKeys.get(identity(post));
    }

    /** Returns what makes two posts the same post: platform and id, or platform, URL and text. */
    static String identity(SocialPost post) {
        if (post.postId() != null) {
            return post.platform() + " id " + post.postId();
        }
        return post.platform() + " " + post.url() + " " + (post.text() == null ? "" : SingleLine.of(post.text()));
    }

    /** Returns the occurrence that knows most: author, date and text; the first of equals. */
    private static SocialPost mostComplete(List<SocialPost> found) {
        SocialPost best = found.get(0);
        for (SocialPost post : found) {
            if (known(post) > known(best)) {
                best = post;
            }
        }
        return best;
    }

    private static int known(SocialPost post) {
        return Stream.of(post.authorHandle(), post.authorName(), post.postedAt(), post.postedAtFromId(), post.text())
                .mapToInt(v -> v == null ? 0 : 1).sum();
    }
}
