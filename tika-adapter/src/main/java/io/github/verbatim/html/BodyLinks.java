package io.github.verbatim.html;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.SourceKind;
import io.github.verbatim.model.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the links in the article's body: a link to a social-media post is a post (method
 * {@code html:link:PLATFORM}); an absolute link to another site is a source, {@code related} when
 * the link leads its paragraph or list item (after at most a short lead-in ending in a colon, such
 * as {@code Read more:}) and makes at least {@value #RELATED_SHARE} of its letters — a further
 * story's headline — and {@code referenced} when it sits in prose (method {@code html:link}). The source's name is the
 * link's text, or the site's host where the text is the URL itself. Provenance points at the link's
 * text in the article's text. Each URL counts once, at its first link.
 *
 * <p>A site is its host without {@code www.}, cut to its last two labels, or three under a
 * two-letter country's second level ({@code bbc.co.uk}, {@code globo.com.br}). The page's own site
 * comes from its canonical URL; where it has none, from the site most of the page's absolute links
 * go to (its own navigation). Links to the social platforms themselves that are not posts (a
 * profile, a hashtag) are neither posts nor sources.
 */
final class BodyLinks {

    private static final String AGENT = SoftwareAgent.of(HtmlReader.NAME);
    private static final Set<String> PLATFORM_SITES = Set.of("twitter.com", "x.com", "t.co", "facebook.com", "fb.com",
            "instagram.com", "tiktok.com", "youtube.com", "youtu.be", "threads.net", "threads.com", "bsky.app",
            "linkedin.com", "pinterest.com", "reddit.com", "whatsapp.com", "telegram.me", "t.me", "snapchat.com");
    private static final Set<String> SECOND_LEVELS = Set.of("co", "com", "net", "org", "gov", "ac", "edu", "or", "ne",
            "go", "gob", "nic");
    /** The share of its paragraph's letters a leading link needs to be a related story's headline. */
    private static final double RELATED_SHARE = 0.4;
    /** The longest lead-in before a related story's headline, such as {@code Read more:}. */
    private static final int LEAD_IN = 24;
    private static final int MAX_NAME = 200;

    private final List<SocialPost> posts = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();

    private BodyLinks() {
    }

    /** Returns the posts the body links to, in order. */
    List<SocialPost> posts() {
        return posts;
    }

    /** Returns the sources the body links to, in order. */
    List<Source> sources() {
        return sources;
    }

    /**
     * Reads the links.
     *
     * @param body the body's blocks
     * @param text the article's text made from them
     * @param pageUrl the page's canonical URL, or null
     * @param allLinks every absolute link of the page, to find its own site where no URL is known
     * @param documentId the document's id
     * @param urls the post-URL rules
     * @return the posts and sources
     */
    static BodyLinks read(List<Block> body, MainText text, @Nullable String pageUrl, List<String> allLinks,
            String documentId, PostUrls urls) {
        BodyLinks links = new BodyLinks();
        String own = pageUrl == null ? null : site(pageUrl);
        if (own == null) {
            own = mostLinked(allLinks);
        }
        Set<String> seen = new HashSet<>();
        for (Block block : body) {
            if (block.embed() != null) {
                continue;
            }
            for (Block.Link link : block.links()) {
                String href = link.href();
                if (!href.regionMatches(true, 0, "http://", 0, 7) && !href.regionMatches(true, 0, "https://", 0, 8)
                        || !seen.add(href)) {
                    continue;
                }
                Span span = text.span(block, link.start(), link.end());
                if (span == null || span.end() == span.start()) {
                    continue;
                }
                links.add(block, link, span, own, text, documentId, urls);
            }
        }
        return links;
    }

    private void add(Block block, Block.Link link, Span span, @Nullable String own, MainText text, String documentId,
            PostUrls urls) {
        SocialPost post = urls.parse(link.href());
        if (post != null) {
            String method = HtmlReader.NAME + ":link:" + post.platform() + PostUrls.derivation(post);
            posts.add(new SocialPost(post.platform(), post.url(), post.postId(), post.authorHandle(), null, null,
                    post.postedAtFromId(), null,
                    text.text().provenance(documentId, span.start(), span.end(), method, AGENT, 0.95)));
            return;
        }
        String site = site(link.href());
        if (site == null || own == null || site.equals(own) || PLATFORM_SITES.contains(site)) {
            return;
        }
        String words = PageMetadata.clean(text.text().slice(span.start(), span.end()));
        String name = words.isEmpty() || words.contains("://") || words.startsWith("www.") ? host(link.href()) : words;
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME) + "…";
        }
        SourceKind kind = leads(block, link) ? SourceKind.RELATED : SourceKind.REFERENCED;
        sources.add(new Source(kind, name, link.href(),
                text.text().provenance(documentId, span.start(), span.end(), HtmlReader.NAME + ":link", AGENT, 0.9)));
    }

    /** Returns whether a link is the headline its paragraph leads with; see the class comment. */
    private static boolean leads(Block block, Block.Link link) {
        String before = block.text().substring(0, link.start()).strip();
        boolean leading = before.isEmpty() || before.length() <= LEAD_IN && before.endsWith(":");
        long letters = block.text().substring(link.start(), link.end()).chars().filter(Character::isLetterOrDigit).count();
        return leading && letters >= RELATED_SHARE * block.letters();
    }

    /** Returns the site most of the links go to, if it has at least a third of them, else null. */
    private static @Nullable String mostLinked(List<String> links) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int total = 0;
        for (String link : links) {
            String site = site(link);
            if (site == null) {
                continue;
            }
            total++;
            int n = counts.merge(site, 1, Integer::sum);
            if (best == null || n > counts.get(best)) {
                best = site;
            }
        }
        return best != null && counts.get(best) * 3 >= total ? best : null;
    }

    /** Returns the site of a URL: see the class comment. */
    static @Nullable String site(String url) {
        String host = host(url);
        if (host.isEmpty()) {
            return null;
        }
        String[] labels = host.split("\\.");
        int n = labels.length;
        if (n <= 2) {
            return host;
        }
        boolean countrySecondLevel = labels[n - 1].length() == 2 && SECOND_LEVELS.contains(labels[n - 2]);
        int keep = countrySecondLevel ? 3 : 2;
        return String.join(".", Arrays.copyOfRange(labels, n - keep, n));
    }

    private static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").replaceFirst("\\.$", "");
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
