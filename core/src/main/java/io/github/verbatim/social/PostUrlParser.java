package io.github.verbatim.social;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether a URL is a social-media post and rebuilds its canonical URL.
 *
 * <p>The canonical URL is rebuilt from the parts that identify the post (platform, account where
 * the path has one, post id, and for a few Facebook and YouTube shapes the query parameter that
 * holds the id); everything else is left out, so tracking parameters ({@code utm_*},
 * {@code igshid}, {@code igsh}, {@code s}, {@code t}, {@code ref_src}, {@code ref_url}, {@code si},
 * {@code fbclid}, {@code feature}, {@code mibextid} and any other) and fragments never survive.
 * X and Twitter posts become {@code https://x.com/<handle>/status/<id>}, the host both now serve;
 * Threads posts {@code https://www.threads.com/@<handle>/post/<code>}, likewise.
 */
final class PostUrlParser {

    private static final Set<String> INSTAGRAM = Set.of("instagram.com", "m.instagram.com", "instagr.am");
    private static final Set<String> X = Set.of("x.com", "twitter.com", "mobile.twitter.com", "m.twitter.com",
            "mobile.x.com");
    private static final Set<String> YOUTUBE = Set.of("youtube.com", "m.youtube.com", "music.youtube.com",
            "youtube-nocookie.com");
    private static final Set<String> TIKTOK = Set.of("tiktok.com", "m.tiktok.com");
    private static final Set<String> TIKTOK_SHORT = Set.of("vm.tiktok.com", "vt.tiktok.com");
    private static final Set<String> THREADS = Set.of("threads.net", "threads.com");
    private static final Set<String> INSTAGRAM_KINDS = Set.of("p", "reel", "reels", "tv");

    private static final Pattern SHORTCODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,40}");
    private static final Pattern INSTAGRAM_HANDLE = Pattern.compile("[A-Za-z0-9_.]{1,30}");
    private static final Pattern X_HANDLE = Pattern.compile("[A-Za-z0-9_]{1,20}");
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern TIKTOK_HANDLE = Pattern.compile("@[A-Za-z0-9_.]{1,32}");
    private static final Pattern THREADS_HANDLE = Pattern.compile("@[A-Za-z0-9_.]{1,32}");
    private static final Pattern BLUESKY_ACTOR = Pattern.compile("[A-Za-z0-9._:-]{1,253}");
    private static final Pattern BLUESKY_RKEY = Pattern.compile("[A-Za-z0-9._:~-]{1,512}");
    private static final Pattern MASTODON_USER = Pattern.compile("@[A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]{1,253})?");
    private static final Pattern MASTODON_PLAIN_USER = Pattern.compile("[A-Za-z0-9_]{1,30}");

    private final FacebookUrlParser facebook = new FacebookUrlParser();

    /**
     * Reads one URL.
     *
     * @param written the URL as written in the text, with or without scheme
     * @return the post, or empty if the URL is not one Verbatim knows as a post (or is malformed)
     */
    Optional<PostLink> parse(String written) {
        return ParsedUrl.parse(written).map(this::post);
    }

    private @Nullable PostLink post(ParsedUrl url) {
        String host = url.host();
        if (INSTAGRAM.contains(host)) {
            return instagram(url);
        } else if (X.contains(host)) {
            return x(url);
        } else if (FacebookUrlParser.HOSTS.contains(host)) {
            return facebook.parse(url);
        } else if (TIKTOK.contains(host) || TIKTOK_SHORT.contains(host)) {
            return tiktok(url);
        } else if (YOUTUBE.contains(host) || host.equals("youtu.be")) {
            return youtube(url);
        } else if (THREADS.contains(host)) {
            return threads(url);
        } else if (host.equals("bsky.app")) {
            return bluesky(url);
        }
        return mastodon(url);
    }

    /** {@code /p/CODE}, {@code /reel/CODE}, {@code /tv/CODE}, also after an account: {@code /USER/p/CODE}. */
    private static @Nullable PostLink instagram(ParsedUrl url) {
        int kindAt = INSTAGRAM_KINDS.contains(String.valueOf(url.segment(0))) ? 0
                : INSTAGRAM_KINDS.contains(String.valueOf(url.segment(1))) ? 1 : -1;
        String code = kindAt < 0 ? null : url.segment(kindAt + 1);
        if (code == null || !SHORTCODE.matcher(code).matches()) {
            return null;
        }
        String kind = url.segments().get(kindAt).equals("reels") ? "reel" : url.segments().get(kindAt);
        String handle = kindAt == 1 && INSTAGRAM_HANDLE.matcher(url.segments().get(0)).matches()
                ? url.segments().get(0) : null;
        return new PostLink(Platform.INSTAGRAM, code, handle, "https://www.instagram.com/" + kind + "/" + code + "/");
    }

    /** {@code /HANDLE/status/ID}, {@code /HANDLE/statuses/ID}, {@code /i/web/status/ID}, {@code /i/status/ID}. */
    private static @Nullable PostLink x(ParsedUrl url) {
        List<String> path = url.segments();
        String handle;
        int idAt;
        if (path.size() >= 3 && path.get(0).equals("i") && path.get(1).equals("web") && path.get(2).equals("status")) {
            handle = null;
            idAt = 3;
        } else if (path.size() >= 2 && path.get(0).equals("i") && path.get(1).equals("status")) {
            handle = null;
            idAt = 2;
        } else if (path.size() >= 2 && X_HANDLE.matcher(path.get(0)).matches() && !path.get(0).equals("i")
                && (path.get(1).equals("status") || path.get(1).equals("statuses"))) {
            handle = path.get(0);
            idAt = 2;
        } else {
            return null;
        }
        String id = url.segment(idAt);
        if (id == null || !DIGITS.matcher(id).matches()) {
            return null;
        }
        String canonical = "https://x.com/" + (handle == null ? "i/web" : handle) + "/status/" + id;
        return new PostLink(Platform.X, id, handle, canonical);
    }

    /** {@code /@USER/video/ID}, {@code /@USER/photo/ID}, and short links {@code vm.tiktok.com/CODE}. */
    private static @Nullable PostLink tiktok(ParsedUrl url) {
        if (TIKTOK_SHORT.contains(url.host())) {
            String code = url.segment(0);
            return code == null || url.segments().size() != 1 || !SHORTCODE.matcher(code).matches() ? null
                    : new PostLink(Platform.TIKTOK, code, null, "https://" + url.host() + "/" + code + "/");
        }
        String user = url.segment(0);
        String kind = url.segment(1);
        String id = url.segment(2);
        if (user == null || id == null || !TIKTOK_HANDLE.matcher(user).matches()
                || !("video".equals(kind) || "photo".equals(kind)) || !DIGITS.matcher(id).matches()) {
            return null;
        }
        return new PostLink(Platform.TIKTOK, id, user.substring(1),
                "https://www.tiktok.com/" + user + "/" + kind + "/" + id);
    }

    /** {@code watch?v=ID}, {@code youtu.be/ID}, {@code /shorts/ID}, {@code /live/ID}, {@code /embed/ID}. */
    private static @Nullable PostLink youtube(ParsedUrl url) {
        String first = url.segment(0);
        String id;
        boolean shorts = false;
        if (url.host().equals("youtu.be")) {
            id = first;
        } else if ("watch".equals(first)) {
            id = url.query().get("v");
        } else if ("shorts".equals(first) || "live".equals(first) || "embed".equals(first) || "v".equals(first)) {
            id = url.segment(1);
            shorts = "shorts".equals(first);
        } else {
            return null;
        }
        if (id == null || !YOUTUBE_ID.matcher(id).matches()) {
            return null;
        }
        String canonical = shorts ? "https://www.youtube.com/shorts/" + id : "https://www.youtube.com/watch?v=" + id;
        return new PostLink(Platform.YOUTUBE, id, null, canonical);
    }

    /** {@code /@USER/post/CODE} on threads.net or threads.com. */
    private static @Nullable PostLink threads(ParsedUrl url) {
        String user = url.segment(0);
        String code = url.segment(2);
        if (user == null || code == null || !THREADS_HANDLE.matcher(user).matches() || !"post".equals(url.segment(1))
                || !SHORTCODE.matcher(code).matches()) {
            return null;
        }
        return new PostLink(Platform.THREADS, code, user.substring(1),
                "https://www.threads.com/" + user + "/post/" + code);
    }

    /** {@code bsky.app/profile/HANDLE-OR-DID/post/RKEY}. */
    private static @Nullable PostLink bluesky(ParsedUrl url) {
        String actor = url.segment(1);
        String rkey = url.segment(3);
        if (!"profile".equals(url.segment(0)) || !"post".equals(url.segment(2)) || actor == null || rkey == null
                || !BLUESKY_ACTOR.matcher(actor).matches() || !BLUESKY_RKEY.matcher(rkey).matches()) {
            return null;
        }
        String handle = actor.startsWith("did:") ? null : actor.toLowerCase(Locale.ROOT);
        return new PostLink(Platform.BLUESKY, rkey, handle,
                "https://bsky.app/profile/" + (handle == null ? actor : handle) + "/post/" + rkey);
    }

    /**
     * Any other host: {@code https://INSTANCE/@USER/ID} or {@code /users/USER/statuses/ID}, the two
     * shapes Mastodon serves. The handle is {@code USER@INSTANCE}.
     */
    private static @Nullable PostLink mastodon(ParsedUrl url) {
        String user;
        String id;
        if (url.segments().size() == 2 && MASTODON_USER.matcher(url.segments().get(0)).matches()) {
            user = url.segments().get(0).substring(1);
            id = url.segments().get(1);
        } else if (url.segments().size() == 4 && "users".equals(url.segment(0)) && "statuses".equals(url.segment(2))
                && MASTODON_PLAIN_USER.matcher(url.segments().get(1)).matches()) {
            user = url.segments().get(1);
            id = url.segments().get(3);
        } else {
            return null;
        }
        if (!DIGITS.matcher(id).matches()) {
            return null;
        }
        String handle = user.contains("@") ? user : user + "@" + url.host();
        return new PostLink(Platform.MASTODON, id, handle, "https://" + url.host() + "/@" + user + "/" + id);
    }
}
