package io.github.verbatim.social;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds posts left in the text as the words of an embed: {@code TEXT — Display Name (@handle)
 * Month D, YYYY}, as an X/Twitter {@code blockquote} reads once its markup is gone (a handle with
 * dots, {@code @name.bsky.social}, is a Bluesky embed, whose date may end {@code at 3:04 PM}). A
 * status URL right after the date gives the post's id.
 *
 * <p>The signature must end its paragraph, so only the paragraph's last {@value #WINDOW} characters
 * are searched: finding is linear in the text whatever it holds.
 *
 * <p><b>Posts of several paragraphs.</b> An embed's text may run back over paragraphs with no
 * signature of their own. They are taken only when the run is closed on its other side by another
 * embed or by a lead-in that ends with a colon ({@code Check out what stars are saying:}), and only
 * when every paragraph of it reads like the post rather than the article: each speaks in the first
 * or second person ({@code I}, {@code we}, {@code you} …) or carries an {@code @mention} or emoji;
 * none ends with a colon, names the author, or reports (tweeted, wrote, posted, shared …); and all
 * together stay within a post's 280 characters (each URL counted as 23). Otherwise the post's text
 * is its own paragraph's.
 */
final class EmbedFinder {

    /** Characters at the end of a paragraph searched for a signature. */
    static final int WINDOW = 640;
    /** Longest post text a run of several paragraphs may make, X's limit. */
    static final int MAX_POST = 280;
    /** Length X counts for every URL. */
    static final int URL_WEIGHT = 23;

    private static final String AGENT = SoftwareAgent.of("social-posts");
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?:[—–]|&mdash;|&#8212;)[ \\t\\u00A0]*+"
            + "([^\\n—–()]{1,64}?)[ \\t\\u00A0]*"
            + "\\(@([A-Za-z0-9_][A-Za-z0-9_.-]{0,252})\\)\\s*+"
            + "(\\p{L}{3,9})\\.?\\s++(\\d{1,2}),?\\s++(\\d{4})"
            + "(?:\\s+at\\s+\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?)?"
            + "(?:\\s+(https?://\\S++))?"
            + "\\s*+\\z", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(?:tweeted|tweets|wrote|writes|posted|shared|responded|replied|reacted|commented|added"
            + "|weighed in|chimed in|took to)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern PERSONAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:i|i[’'](?:m|ve|d|ll)|me|my|mine|we|we[’'](?:re|ve|ll)|us|our|ours|you|your|yours"
            + "|you[’'](?:re|ve|ll)|u|ur)(?![\\p{L}\\p{N}])|@\\w|\\p{So}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private final PostUrlParser urls = new PostUrlParser();

    /** One signature found at the end of a paragraph; char indexes into the whole text. */
    private record Signature(int dash, int end, String name, String handle, @Nullable String postedAt,
            @Nullable PostLink link, int urlStart) {
    }

    /**
     * Finds the embeds.
     *
     * @param article the text and its body paragraphs
     * @param claimed receives the char index of each status URL an embed took as its own, so it is
     *     not read again as a post of its own
     * @return the posts, in text order
     */
    List<SocialPost> find(ArticleText article, Set<Integer> claimed) {
        NormalizedText text = article.text();
        List<Span> paragraphs = article.paragraphs();
        List<@Nullable Signature> signatures = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            signatures.add(signature(text, paragraph));
        }
        List<SocialPost> posts = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Signature signature = signatures.get(i);
            if (signature != null) {
                posts.add(post(article, paragraphs, signatures, i, signature));
                if (signature.link() != null) {
                    claimed.add(signature.urlStart());
                }
            }
        }
        return posts;
    }

    private @Nullable Signature signature(NormalizedText text, Span paragraph) {
        String s = text.text();
        int from = text.charIndex(paragraph.start());
        int to = text.charIndex(paragraph.end());
        int windowStart = Math.max(from, to - WINDOW);
        if (windowStart > from && Character.isLowSurrogate(s.charAt(windowStart))) {
            windowStart++;
        }
        Matcher m = SIGNATURE.matcher(s).region(windowStart, to);
        if (!m.find() || m.start() > from && !isSpace(s.charAt(m.start() - 1))) {
            return null;
        }
        String name = withoutTrailingSpace(m.group(1)).strip();
        Integer month = EmbedDate.month(m.group(3));
        if (name.isEmpty() || month == null) {
            return null;
        }
        String date = EmbedDate.iso(month, m.group(4), m.group(5));
        PostLink link = null;
        int urlStart = -1;
        if (m.group(6) != null) {
            Platform platform = platform(m.group(2));
            link = urls.parse(m.group(6)).filter(l -> l.platform() == platform).orElse(null);
            urlStart = m.start(6);
        }
        int end = m.group(6) != null ? m.end(6) : m.end(5);
        return new Signature(m.start(), end, name, m.group(2), date, link, urlStart);
    }

    private SocialPost post(ArticleText article, List<Span> paragraphs, List<@Nullable Signature> signatures,
            int index, Signature signature) {
        NormalizedText text = article.text();
        int paragraphStart = paragraphs.get(index).start();
        int dash = text.codePointOffset(signature.dash());
        String own = withoutTrailingSpace(text.slice(paragraphStart, dash));
        int textEnd = paragraphStart + own.codePointCount(0, own.length());
        int textStart = own.isEmpty() ? -1 : paragraphStart;
        int first = firstOfRun(article, paragraphs, signatures, index, signature, own);
        if (first < index) {
            textStart = paragraphs.get(first).start();
            if (own.isEmpty()) {
                textEnd = paragraphs.get(index - 1).end();
            }
        }
        Platform platform = platform(signature.handle());
        PostLink link = signature.link();
        String url = link != null ? link.url() : profile(platform, signature.handle());
        String base = "social:" + platform.id() + "-embed";
        String method = link != null ? link.method(base) : base;
        double confidence = textStart < 0 ? 0.7 : first < index ? 0.8 : 0.95;
        int spanStart = textStart < 0 ? dash : textStart;
        int spanEnd = textStart < 0 ? text.codePointOffset(signature.end()) : textEnd;
        Instant fromId = link == null ? null : link.timeFromId().orElse(null);
        return new SocialPost(platform.id(), url, link == null ? null : link.postId(), signature.handle(),
                signature.name(), signature.postedAt(), fromId, textStart < 0 ? null : text.slice(textStart, textEnd),
                text.provenance(article.documentId(), spanStart, spanEnd, method, AGENT, confidence));
    }

    /**
     * Returns the index of the first paragraph of the post's text: {@code index} itself, or an
     * earlier one when the text runs back over paragraphs without a signature (see the class
     * comment).
     */
    private static int firstOfRun(ArticleText article, List<Span> paragraphs, List<@Nullable Signature> signatures,
            int index, Signature signature, String own) {
        int length = weight(own);
        int j = index - 1;
        while (j >= 0 && signatures.get(j) == null) {
            String paragraph = article.paragraph(paragraphs.get(j));
            if (paragraph.endsWith(":")) {
                break;
            }
            length += weight(paragraph);
            if (length > MAX_POST || !readsLikePost(paragraph, signature)) {
                return previousForBareSignature(article, paragraphs, signatures, index, signature, own);
            }
            j--;
        }
        return j >= 0 ? j + 1 : previousForBareSignature(article, paragraphs, signatures, index, signature, own);
    }

    /**
     * A signature alone in its paragraph has its text in the paragraph before, when that one reads
     * like a post; returns that paragraph's index, or {@code index} when there is none.
     */
    private static int previousForBareSignature(ArticleText article, List<Span> paragraphs,
            List<@Nullable Signature> signatures, int index, Signature signature, String own) {
        if (!own.isEmpty() || index == 0 || signatures.get(index - 1) != null) {
            return index;
        }
        String previous = article.paragraph(paragraphs.get(index - 1));
        return weight(previous) <= MAX_POST && readsLikePost(previous, signature) ? index - 1 : index;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Strips white space and no-break spaces, which {@link String#stripTrailing()} keeps. */
    private static String withoutTrailingSpace(String text) {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Tells whether a paragraph without a signature can be part of the post rather than the article. */
    private static boolean readsLikePost(String paragraph, Signature signature) {
        if (paragraph.endsWith(":") || REPORTING.matcher(paragraph).find() || !PERSONAL.matcher(paragraph).find()) {
            return false;
        }
        String lower = paragraph.toLowerCase(Locale.ROOT);
        if (lower.contains("@" + signature.handle().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String token : signature.name().split("[\\s.,]+")) {
            if (token.codePointCount(0, token.length()) >= 3 && containsWord(lower, token.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Returns the length X counts: code points, with every URL as {@value #URL_WEIGHT}. */
    private static int weight(String text) {
        int length = text.codePointCount(0, text.length());
        for (int[] url : TextUrls.find(text, 0, text.length())) {
            length += URL_WEIGHT - text.codePointCount(url[0], url[1]);
        }
        return length;
    }

    private static Platform platform(String handle) {
        return handle.indexOf('.') >= 0 ? Platform.BLUESKY : Platform.X;
    }

    /** The account's address: the closest citable URL when the embed's words give no status id. */
    private static String profile(Platform platform, String handle) {
        return platform == Platform.BLUESKY ? "https://bsky.app/profile/" + handle.toLowerCase(Locale.ROOT)
                : "https://x.com/" + handle;
    }
}
