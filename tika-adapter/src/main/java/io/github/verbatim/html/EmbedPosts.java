package io.github.verbatim.html;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * Turns the body's embeds into social posts, each as its embed code gives it: the post's URL made
 * canonical by core's rules (see {@link PostUrls}), its id, the account's handle and display name,
 * the date shown, and the post's text.
 *
 * <table>
 * <caption>Where each embed keeps what</caption>
 * <tr><th>Embed</th><th>URL</th><th>Author and date</th><th>Text</th></tr>
 * <tr><td>X ({@code blockquote.twitter-tweet})</td><td>the status link</td>
 *     <td>{@code — Name (@handle)} and the status link's text</td><td>its {@code <p>}</td></tr>
 * <tr><td>Bluesky ({@code blockquote.bluesky-embed})</td><td>the post link, or {@code data-bluesky-uri}</td>
 *     <td>{@code — Name (@handle)} and the post link's text</td><td>its {@code <p>}</td></tr>
 * <tr><td>Instagram ({@code blockquote.instagram-media})</td><td>{@code data-instgrm-permalink}</td>
 *     <td>{@code A post shared by Name (@handle)}, {@code <time datetime>}</td><td>the caption paragraph</td></tr>
 * <tr><td>TikTok ({@code blockquote.tiktok-embed})</td><td>{@code cite}</td><td>the {@code @handle} link</td>
 *     <td>its {@code <section>}</td></tr>
 * <tr><td>Threads ({@code blockquote.text-post-media})</td><td>{@code data-text-post-permalink}</td>
 *     <td>the URL's handle</td><td>—</td></tr>
 * <tr><td>Facebook ({@code div.fb-post})</td><td>{@code data-href}</td><td>{@code Posted by Name on Date}</td>
 *     <td>its {@code <p>}</td></tr>
 * <tr><td>YouTube, Mastodon ({@code iframe})</td><td>the frame's source</td><td>—</td><td>—</td></tr>
 * </table>
 *
 * <p>Provenance points at the post's text in the article's text, or at the embed's words where it
 * has no text of the post; an iframe has no words in the text, so its post's provenance has no
 * position. The method is {@code html:embed:PLATFORM}, with core's {@code +snowflake-time} or
 * {@code +shortcode-time} where the post's time comes from its id.
 */
final class EmbedPosts {

    private static final String AGENT = SoftwareAgent.of(HtmlReader.NAME);
    private static final Pattern SIGNATURE = Pattern.compile(
            "[—–-]\\s*([^\\n—–()]{1,64}?)\\s*\\(@([A-Za-z0-9_][A-Za-z0-9_.-]{0,252})\\)");
    private static final Pattern SHARED_BY = Pattern.compile(
            "(?i)shared by\\s+(.{1,64}?)\\s*\\(@([A-Za-z0-9_.]{1,30})\\)");
    private static final Pattern POSTED_BY = Pattern.compile(
            "(?i)posted by[\\s\\u00A0]+(.{1,64}?)[\\s\\u00A0]+on[\\s\\u00A0]+(.{4,40})$");
    private static final Pattern AT_URI = Pattern.compile("at://([^/]+)/app\\.bsky\\.feed\\.post/([A-Za-z0-9._:~-]+)");

    private EmbedPosts() {
    }

    /**
     * Returns the posts of the body's embeds, in order, each once.
     *
     * @param body the body's blocks
     * @param text the article's text made from them
     * @param documentId the document's id
     * @param urls the post-URL rules
     * @return the posts
     */
    static List<SocialPost> find(List<Block> body, MainText text, String documentId, PostUrls urls) {
        List<SocialPost> posts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Block block : body) {
            Embed embed = block.embed();
            if (embed == null) {
                continue;
            }
            SocialPost post = post(block, embed, text, documentId, urls);
            if (post != null && seen.add(post.url())) {
                posts.add(post);
            }
        }
        return posts;
    }

    private static @Nullable SocialPost post(Block block, Embed embed, MainText text, String documentId, PostUrls urls) {
        Element e = embed.element();
        String url = permalink(embed);
        SocialPost parsed = url == null ? null : urls.parse(url);
        if (parsed == null) {
            return null;
        }
        String handle = parsed.authorHandle();
        String name = null;
        String postedAt = null;
        Element textElement = null;
        switch (embed.platform()) {
            case "x", "bluesky" -> {
                textElement = e.selectFirst("p");
                Matcher signature = SIGNATURE.matcher(e.text());
                if (signature.find()) {
                    name = signature.group(1).strip();
                    handle = handle != null ? handle : signature.group(2);
                }
                Element dateLink = e.select("a[href]").last();
                postedAt = dateLink == null ? null : Dates.written(dateLink.text());
            }
            case "instagram" -> {
                Matcher shared = SHARED_BY.matcher(e.text());
                if (shared.find()) {
                    name = shared.group(1).strip();
                    handle = handle != null ? handle : shared.group(2);
                }
                Element time = e.selectFirst("time[datetime]");
                postedAt = time == null ? null : Dates.iso(time.attr("datetime"));
                for (Element p : e.select("p")) {
                    String words = p.text();
                    if (!words.isBlank() && !SHARED_BY.matcher(words).find() && !words.startsWith("View this post")) {
                        textElement = p;
                        break;
                    }
                }
            }
            case "tiktok" -> textElement = e.selectFirst("section");
            case "facebook" -> {
                textElement = e.selectFirst("p");
                Element quote = e.selectFirst("blockquote");
                Matcher posted = POSTED_BY.matcher(quote == null ? "" : quote.text());
                if (posted.find()) {
                    name = posted.group(1).strip();
                    postedAt = Dates.written(posted.group(2));
                }
            }
            default -> {
                // Threads, YouTube, Mastodon: what the URL gives.
            }
        }
        Span span = null;
        String postText = null;
        Block.Part part = textElement == null ? null : block.part(textElement);
        if (part != null) {
            span = text.span(block, part.start(), part.end());
            postText = span == null ? null : text.text().slice(span.start(), span.end());
        } else if (!block.text().isEmpty()) {
            span = text.span(block);
        }
        String method = HtmlReader.NAME + ":embed:" + parsed.platform() + PostUrls.derivation(parsed);
        Provenance provenance = span == null
                ? new Provenance(documentId, null, null, null, method, AGENT, 0.99)
                : text.text().provenance(documentId, span.start(), span.end(), method, AGENT, 0.99);
        return new SocialPost(parsed.platform(), parsed.url(), parsed.postId(), handle, name, postedAt,
                parsed.postedAtFromId(), postText, provenance);
    }

    /** Returns the URL of the embedded post, or null if the embed names none. */
    static @Nullable String permalink(Embed embed) {
        Element e = embed.element();
        return switch (embed.platform()) {
            case "x" -> lastLink(e, "/status/");
            case "bluesky" -> {
                String link = lastLink(e, "/post/");
                Matcher uri = AT_URI.matcher(e.attr("data-bluesky-uri"));
                yield link != null ? link : uri.find()
                        ? "https://bsky.app/profile/" + uri.group(1) + "/post/" + uri.group(2) : null;
            }
            case "instagram" -> nonEmpty(e.attr("data-instgrm-permalink"), lastLink(e, "instagram.com/"));
            case "tiktok" -> nonEmpty(e.attr("cite"), lastLink(e, "/video/"));
            case "threads" -> nonEmpty(e.attr("data-text-post-permalink"), lastLink(e, "/post/"));
            case "facebook" -> nonEmpty(e.attr("data-href"), null);
            case "youtube" -> Embed.iframeSource(e);
            case "mastodon" -> Embed.iframeSource(e).replaceFirst("/embed(?:[?#].*)?$", "");
            default -> null;
        };
    }

    private static @Nullable String lastLink(Element e, String marker) {
        String found = null;
        for (Element a : e.select("a[href]")) {
            String href = a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href");
            if (href.contains(marker)) {
                found = href;
            }
        }
        return found;
    }

    private static @Nullable String nonEmpty(String value, @Nullable String otherwise) {
        String v = value.strip();
        return v.isEmpty() ? otherwise : v.startsWith("//") ? "https:" + v : v;
    }
}
