package io.github.verbatim.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, {@code class}, {@code id}, {@code role} and {@code itemprop} say about its
 * part in the page, as bit flags.
 *
 * <p>Class and id values are split into words at every character that is not a letter or digit and
 * at lower-to-upper case changes ({@code relatedStories} is {@code related stories}), and the words
 * are compared whole, so {@code shadow} is not {@code ad} and {@code tagline} is not {@code tags}.
 * Words and tags that name page furniture (navigation, share bars, comments, related links, ads,
 * newsletters, cookie notices, footers) make an element {@link #BOILERPLATE}; words that name the
 * body make it {@link #BODY}. A furniture word beside a body word ({@code content-sidebar}) cancels
 * out, except for words that never name a body ({@code article-comments}, {@code post-share}).
 * Words for a byline, a date, a credit or a standfirst make it {@link #META}: display copy around
 * the body, not body.
 */
final class Hints {

    /** Page furniture: navigation, share bars, comments, related links, ads, footers. */
    static final int BOILERPLATE = 1;
    /** Named as the body: {@code article-body}, {@code entry-content}, {@code role=main}. */
    static final int BODY = 1 << 1;
    /** Byline, date, credit, standfirst: display copy around the body. */
    static final int META = 1 << 2;
    /** Marked up as an article: {@code <article>}, {@code <main>}. */
    static final int ARTICLE = 1 << 3;
    /**
     * Named as the article's body itself: {@code itemprop=articleBody}, or a class or id of two body
     * words such as {@code article-body}, {@code entry-content}, {@code storyText}.
     */
    static final int ARTICLE_BODY = 1 << 4;

    /** While reading words: a furniture word a body word cancels. */
    private static final int FURNITURE_ONLY = 1 << 8;
    /** While reading words: a furniture word nothing cancels. */
    private static final int ALWAYS = 1 << 9;

    /** Furniture words that a body word beside them does not cancel. */
    private static final Set<String> ALWAYS_FURNITURE = Set.of(
            "comment", "comments", "disqus", "share", "shares", "sharing", "sharebar", "social", "sociable",
            "related", "recommended", "recommendation", "recommendations", "recirc", "recirculation", "newsletter",
            "newsletters", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr",
            "promo", "promotion", "promoted", "advert", "adverts", "advertisement", "advertising", "ad", "ads",
            "adsense", "adslot", "adunit", "dfp", "sponsor", "sponsored", "outbrain", "taboola", "breadcrumb",
            "breadcrumbs", "pagination", "pager", "syndication", "trending", "popup", "modal", "teaser", "teasers");
    /** Furniture words that a body word beside them cancels. */
    private static final Set<String> FURNITURE = Set.of(
            "nav", "navbar", "navigation", "menu", "footer", "sidebar", "widget", "widgets", "toolbar", "masthead",
            "banner", "skip", "offscreen", "hidden", "tags", "keywords", "topics", "print", "login", "search",
            "follow", "rating", "ratings", "jump", "header", "bio", "overlay", "extra", "supplemental", "community",
            "shopping", "most", "popular");
    private static final Set<String> BODY_WORDS = Set.of(
            "article", "body", "content", "contents", "entry", "hentry", "main", "post", "story", "text", "blog",
            "prose", "richtext", "rte", "articlebody", "storytext", "bodytext", "entrytext");
    private static final Set<String> BODY_FIRST = Set.of("article", "story", "entry", "post", "content", "main",
            "news", "blog", "body", "single", "page", "detail");
    private static final Set<String> BODY_SECOND = Set.of("body", "content", "text", "copy", "entry");
    private static final Set<String> BODY_COMPOUNDS = Set.of("articlebody", "storybody", "entrycontent", "postcontent",
            "articlecontent", "storycontent", "bodytext", "articletext", "storytext", "posttext", "postbody", "entrybody",
            "contentbody", "entrytext", "bodycopy", "articlecopy");
    private static final Set<String> META_WORDS = Set.of(
            "byline", "bylines", "author", "authors", "date", "dateline", "time", "timestamp", "published", "updated",
            "meta", "credit", "credits", "standfirst", "dek", "subtitle", "subhead", "subheadline", "kicker",
            "eyebrow", "caption", "tools", "utility", "actions", "copyright", "source", "abstract",
            "excerpt");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "menu", "header");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "menu", "menubar", "search", "dialog", "alertdialog");

    private Hints() {
    }

    /** Returns the element's flags. */
    static int of(Element element) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return 0;
        }
        int flags = 0;
        if (FURNITURE_TAGS.contains(tag)) {
            flags |= BOILERPLATE;
        } else if (tag.equals("article") || tag.equals("main")) {
            flags |= ARTICLE;
        }
        String itemprop = element.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
            flags |= ARTICLE_BODY | BODY;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (FURNITURE_ROLES.contains(role)) {
            flags |= BOILERPLATE;
        } else if (role.equals("main") || role.equals("article")) {
            flags |= BODY;
        }
        flags |= words(element.className()) | words(element.id());
        if ((flags & FURNITURE_ONLY) != 0 && (flags & BODY) != 0) {
            flags &= ~FURNITURE_ONLY;
        }
        if ((flags & ALWAYS) != 0) {
            flags |= BOILERPLATE;
        }
        if ((flags & FURNITURE_ONLY) != 0) {
            flags |= BOILERPLATE;
        }
        return flags & (BOILERPLATE | BODY | META | ARTICLE | ARTICLE_BODY);
    }

    /** Returns the flags the words of a class or id value give. */
    private static int words(String value) {
        int flags = 0;
        int n = value.length();
        int start = -1;
        String previous = null;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? value.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            boolean camel = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(value.charAt(i - 1));
            if ((!letter || camel) && start >= 0) {
                String word = value.substring(start, i).toLowerCase(Locale.ROOT);
                flags |= word(word);
                if (previous != null && BODY_FIRST.contains(previous) && BODY_SECOND.contains(word)
                        || BODY_COMPOUNDS.contains(word)) {
                    flags |= ARTICLE_BODY;
                }
                previous = word;
                start = -1;
            }
            if (c == ' ' || c == '\t') {
                previous = null;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
        return flags;
    }

    private static int word(String word) {
        if (ALWAYS_FURNITURE.contains(word)) {
            return ALWAYS;
        }
        if (FURNITURE.contains(word)) {
            return FURNITURE_ONLY;
        }
        if (BODY_WORDS.contains(word)) {
            return BODY;
        }
        if (META_WORDS.contains(word)) {
            return META;
        }
        return 0;
    }
}
