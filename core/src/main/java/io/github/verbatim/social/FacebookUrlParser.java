package io.github.verbatim.social;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Facebook's many post shapes: {@code /PAGE/posts/ID}, {@code /PAGE/videos/[SLUG/]ID},
 * {@code /PAGE/photos/ALBUM/ID}, {@code permalink.php?story_fbid=ID&id=OWNER} (and
 * {@code story.php}), {@code photo.php?fbid=ID}, {@code /watch/?v=ID}, {@code /reel/ID},
 * {@code /groups/GROUP/posts/ID} (and {@code /permalink/}), {@code /share/p/CODE} and
 * {@code fb.watch/CODE}. The canonical URL keeps only the parts named here.
 */
final class FacebookUrlParser {

    /** The hosts Facebook serves posts from, {@code www.} already removed. */
    static final Set<String> HOSTS = Set.of("facebook.com", "m.facebook.com", "mbasic.facebook.com",
            "web.facebook.com", "touch.facebook.com", "business.facebook.com", "fb.com", "fb.watch");

    private static final String BASE = "https://www.facebook.com/";
    private static final Pattern ID = Pattern.compile("[0-9]{1,40}|pfbid[0-9A-Za-z]{10,120}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern PAGE = Pattern.compile("[A-Za-z0-9.\\-]{1,100}");
    private static final Set<String> NOT_PAGES = Set.of("watch", "groups", "reel", "share", "photo", "photo.php",
            "permalink.php", "story.php", "profile.php", "events", "pages", "hashtag", "search", "login.php");

    /**
     * Reads one Facebook URL.
     *
     * @param url the URL's parts; the host is one of {@link #HOSTS}
     * @return the post, or null if the URL is not a post
     */
    @Nullable PostLink parse(ParsedUrl url) {
        List<String> path = url.segments();
        if (url.host().equals("fb.watch")) {
            return path.size() == 1 && CODE.matcher(path.get(0)).matches()
                    ? post(path.get(0), null, "https://fb.watch/" + path.get(0) + "/") : null;
        }
        String first = url.segment(0);
        if (first == null) {
            return null;
        }
        switch (first) {
            case "permalink.php", "story.php" -> {
                String story = url.query().get("story_fbid");
                String owner = url.query().get("id");
                return isId(story) && isId(owner)
                        ? post(story, null, BASE + "permalink.php?story_fbid=" + story + "&id=" + owner) : null;
            }
            case "photo.php", "photo" -> {
                String photo = url.query().get("fbid");
                return isId(photo) ? post(photo, null, BASE + "photo/?fbid=" + photo) : null;
            }
            case "watch" -> {
                String video = url.query().get("v");
                return isId(video) ? post(video, null, BASE + "watch/?v=" + video) : null;
            }
            case "reel" -> {
                String reel = url.segment(1);
                return isId(reel) ? post(reel, null, BASE + "reel/" + reel) : null;
            }
            case "share" -> {
                String kind = url.segment(1);
                String code = url.segment(2);
                return path.size() == 3 && Set.of("p", "v", "r").contains(kind) && CODE.matcher(code).matches()
                        ? post(code, null, BASE + "share/" + kind + "/" + code + "/") : null;
            }
            case "groups" -> {
                String group = url.segment(1);
                String kind = url.segment(2);
                String id = url.segment(3);
                return group != null && PAGE.matcher(group).matches()
                        && ("posts".equals(kind) || "permalink".equals(kind)) && isId(id)
                        ? post(id, null, BASE + "groups/" + group + "/posts/" + id) : null;
            }
            default -> {
                return pagePost(path);
            }
        }
    }

    /** {@code /PAGE/posts/ID}, {@code /PAGE/videos/[SLUG/]ID}, {@code /PAGE/photos/ALBUM/ID}. */
    private static @Nullable PostLink pagePost(List<String> path) {
        String page = path.get(0);
        if (NOT_PAGES.contains(page) || !PAGE.matcher(page).matches() || path.size() < 3) {
            return null;
        }
        String kind = path.get(1);
        String id = path.get(path.size() - 1);
        if (kind.equals("posts") && path.size() == 3 && isId(id)) {
            return post(id, page, BASE + page + "/posts/" + id);
        }
        if (kind.equals("videos") && path.size() <= 4 && isId(id)) {
            return post(id, page, BASE + page + "/videos/" + id);
        }
        if (kind.equals("photos") && path.size() == 4 && PAGE.matcher(path.get(2)).matches() && isId(id)) {
            return post(id, page, BASE + page + "/photos/" + path.get(2) + "/" + id);
        }
        return null;
    }

    private static boolean isId(@Nullable String value) {
        return value != null && ID.matcher(value).matches();
    }

    private static PostLink post(String id, @Nullable String page, String url) {
        return new PostLink(Platform.FACEBOOK, id, page, url);
    }
}
