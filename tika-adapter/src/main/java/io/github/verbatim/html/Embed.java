package io.github.verbatim.html;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

/**
 * A social-media post embedded in a page, in one of the shapes the platforms' embed codes leave:
 * {@code blockquote.twitter-tweet}, {@code blockquote.instagram-media},
 * {@code blockquote.tiktok-embed}, {@code blockquote.bluesky-embed},
 * {@code blockquote.text-post-media} (Threads), {@code div.fb-post}, and YouTube and Mastodon
 * {@code iframe}s.
 *
 * @param platform the platform, as {@code SocialPost.platform} names it
 * @param element the embed's element
 */
record Embed(String platform, Element element) {

    /** Returns the embed an element is, or null if it is none. */
    static @Nullable Embed of(Element element) {
        String tag = element.normalName();
        if (tag.equals("blockquote")) {
            if (element.hasClass("twitter-tweet") || element.hasClass("twitter-video")) {
                return new Embed("x", element);
            } else if (element.hasClass("instagram-media")) {
                return new Embed("instagram", element);
            } else if (element.hasClass("tiktok-embed")) {
                return new Embed("tiktok", element);
            } else if (element.hasClass("bluesky-embed")) {
                return new Embed("bluesky", element);
            } else if (element.hasClass("text-post-media")) {
                return new Embed("threads", element);
            }
        } else if (tag.equals("div") && (element.hasClass("fb-post") || element.hasClass("fb-video"))) {
            return new Embed("facebook", element);
        } else if (tag.equals("iframe")) {
            String src = iframeSource(element).toLowerCase(Locale.ROOT);
            if (src.contains("youtube.com/embed/") || src.contains("youtube-nocookie.com/embed/")) {
                return new Embed("youtube", element);
            }
            if (element.hasClass("mastodon-embed") || src.matches("https?://[^/]+/@[a-z0-9_]+/\\d+/embed\\b.*")) {
                return new Embed("mastodon", element);
            }
        }
        return null;
    }

    /** Returns whether the embed is an iframe, which carries no text of the post. */
    boolean isFrame() {
        return element.normalName().equals("iframe");
    }

    /** Returns an iframe's source, also where a lazy loader keeps it in {@code data-src}. */
    static String iframeSource(Element iframe) {
        String src = iframe.absUrl("src");
        if (src.isEmpty()) {
            src = iframe.attr("src");
        }
        if (src.isEmpty() || src.startsWith("about:")) {
            src = iframe.hasAttr("data-src") ? iframe.attr("data-src") : iframe.attr("data-lazy-src");
        }
        return src.startsWith("//") ? "https:" + src : src;
    }
}
