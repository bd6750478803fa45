package io.github.verbatim.social;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the social-media posts an article links or carries as embed text.
 *
 * <p>Two kinds of evidence are read from the body paragraphs:
 * <ul>
 *   <li><b>Post URLs</b> on Instagram, X/Twitter, Facebook, TikTok, YouTube, Threads, Bluesky and
 *       Mastodon, with or without scheme. The URL is made canonical (see {@code PostUrlParser}:
 *       rebuilt from what identifies the post, so tracking parameters are gone; X and Twitter both
 *       become {@code https://x.com/HANDLE/status/ID}); provenance is the URL as written, method
 *       {@code social:PLATFORM-url}. Other links, such as {@code t.co} links inside a tweet, are
 *       not posts.</li>
 *   <li><b>Embed text</b>, {@code TEXT — Name (@handle) October 1, 2020}: handle, display name,
 *       date and text, possibly of several paragraphs (see {@code EmbedFinder}); provenance is the
 *       post's text, method {@code social:x-embed}. Such words name no status id, so the post's
 *       {@code url} is the account's address ({@code https://x.com/HANDLE}), unless a status URL
 *       follows the date.</li>
 * </ul>
 *
 * <p>X/Twitter status ids and Instagram shortcodes encode when the post was made; that time is
 * {@code postedAtFromId}, and the provenance method then ends {@code +snowflake-time} or
 * {@code +shortcode-time}. A date the text states stays in {@code postedAt}.
 *
 * <p>A post given twice (the same id on platforms whose ids are global, else the same canonical
 * URL, or for embeds without id the same account and text) is one post: its first occurrence, with
 * that occurrence's provenance; later ones add nothing.
 */
public final class SocialPostExtractor {

    private static final String AGENT = SoftwareAgent.of("social-posts");

    private final PostUrlParser urls = new PostUrlParser();
    private final EmbedFinder embeds = new EmbedFinder();

    /** Creates the extractor. */
    public SocialPostExtractor() {
    }

    /**
     * Finds the posts.
     *
     * @param text the article's text and body paragraphs
     * @return the posts in text order
     */
    public List<SocialPost> extract(ArticleText text) {
        Set<Integer> claimed = new HashSet<>();
        List<SocialPost> found = new ArrayList<>(embeds.find(text, claimed));
        NormalizedText normalized = text.text();
        for (Span paragraph : text.paragraphs()) {
            int from = normalized.charIndex(paragraph.start());
            int to = normalized.charIndex(paragraph.end());
            for (int[] url : TextUrls.find(normalized.text(), from, to)) {
                if (claimed.contains(url[0])) {
                    continue;
                }
                urls.parse(normalized.text().substring(url[0], url[1])).ifPresent(link -> found.add(
                        post(text, link, normalized.codePointOffset(url[0]), normalized.codePointOffset(url[1]))));
            }
        }
        found.sort(Comparator.comparingInt(SocialPostExtractor::start));
        Map<String, SocialPost> unique = new LinkedHashMap<>();
        for (SocialPost post : found) {
            unique.putIfAbsent(key(post), post);
        }
        return List.copyOf(unique.values());
    }

    private static SocialPost post(ArticleText text, PostLink link, int start, int end) {
        String method = link.method("social:" + link.platform().id() + "-url");
        return new SocialPost(link.platform().id(), link.url(), link.postId(), link.handle(), null, null,
                link.timeFromId().orElse(null), null,
                text.text().provenance(text.documentId(), start, end, method, AGENT, 0.99));
    }

    private static int start(SocialPost post) {
        return Objects.requireNonNull(post.provenance().position()).start();
    }

    /** What makes two posts the same post. */
    private static String key(SocialPost post) {
        boolean globalIds = Platform.of(post.platform()).globalIds();
        if (post.postId() != null) {
            return post.platform() + " " + (globalIds ? post.postId() : post.url());
        }
        return post.platform() + " " + post.url() + " " + post.text();
    }
}
