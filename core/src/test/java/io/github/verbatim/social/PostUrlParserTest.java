package io.github.verbatim.social;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostUrlParserTest {

    private final PostUrlParser parser = new PostUrlParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://www.instagram.com/p/CFyWQLWpJ3u/?utm_source=ig_web_copy_link | instagram | CFyWQLWpJ3u | - | https://www.instagram.com/p/CFyWQLWpJ3u/
            https://instagram.com/p/CFyWQLWpJ3u?igshid=abc123&igsh=MWQ1 | instagram | CFyWQLWpJ3u | - | https://www.instagram.com/p/CFyWQLWpJ3u/
            instagram.com/reel/C1a2B3c4D5e/?utm_medium=copy_link | instagram | C1a2B3c4D5e | - | https://www.instagram.com/reel/C1a2B3c4D5e/
            https://www.instagram.com/reels/C1a2B3c4D5e/ | instagram | C1a2B3c4D5e | - | https://www.instagram.com/reel/C1a2B3c4D5e/
            https://www.instagram.com/tv/CE2SoaIJSOY/ | instagram | CE2SoaIJSOY | - | https://www.instagram.com/tv/CE2SoaIJSOY/
            https://www.instagram.com/chrissyteigen/p/CFyWQLWpJ3u/ | instagram | CFyWQLWpJ3u | chrissyteigen | https://www.instagram.com/p/CFyWQLWpJ3u/
            HTTPS://WWW.INSTAGRAM.COM/p/CFyWQLWpJ3u/#comments | instagram | CFyWQLWpJ3u | - | https://www.instagram.com/p/CFyWQLWpJ3u/
            https://twitter.com/johnlegend/status/1311505394574602241?s=20&t=abcDEF | x | 1311505394574602241 | johnlegend | https://x.com/johnlegend/status/1311505394574602241
            https://x.com/johnlegend/status/1311505394574602241?ref_src=twsrc%5Etfw&ref_url=https%3A%2F%2Fexample.com | x | 1311505394574602241 | johnlegend | https://x.com/johnlegend/status/1311505394574602241
            https://mobile.twitter.com/chrissyteigen/status/1311479520203726848 | x | 1311479520203726848 | chrissyteigen | https://x.com/chrissyteigen/status/1311479520203726848
            https://twitter.com/chrissyteigen/status/1311479520203726848/photo/1 | x | 1311479520203726848 | chrissyteigen | https://x.com/chrissyteigen/status/1311479520203726848
            https://twitter.com/i/web/status/1311479520203726848 | x | 1311479520203726848 | - | https://x.com/i/web/status/1311479520203726848
            https://x.com/i/status/1311479520203726848 | x | 1311479520203726848 | - | https://x.com/i/web/status/1311479520203726848
            http://twitter.com/#!/jack/status/20 | x | 20 | jack | https://x.com/jack/status/20
            https://twitter.com/jack/statuses/20 | x | 20 | jack | https://x.com/jack/status/20
            https://www.facebook.com/johnlegend/posts/10157862377736011?fbclid=IwAR0abc | facebook | 10157862377736011 | johnlegend | https://www.facebook.com/johnlegend/posts/10157862377736011
            https://m.facebook.com/johnlegend/posts/pfbid02abcdefghijklmnopqrstuv?mibextid=Nif5oz | facebook | pfbid02abcdefghijklmnopqrstuv | johnlegend | https://www.facebook.com/johnlegend/posts/pfbid02abcdefghijklmnopqrstuv
            https://www.facebook.com/permalink.php?story_fbid=123456&id=789&__tn__=K-R | facebook | 123456 | - | https://www.facebook.com/permalink.php?story_fbid=123456&id=789
            https://www.facebook.com/story.php?id=789&story_fbid=123456 | facebook | 123456 | - | https://www.facebook.com/permalink.php?story_fbid=123456&id=789
            https://www.facebook.com/johnlegend/videos/my-video-title/2345678901/?t=12 | facebook | 2345678901 | johnlegend | https://www.facebook.com/johnlegend/videos/2345678901
            https://www.facebook.com/johnlegend/videos/2345678901/ | facebook | 2345678901 | johnlegend | https://www.facebook.com/johnlegend/videos/2345678901
            https://www.facebook.com/watch/?v=2345678901&ref=sharing | facebook | 2345678901 | - | https://www.facebook.com/watch/?v=2345678901
            https://www.facebook.com/photo.php?fbid=55555&set=a.1&type=3 | facebook | 55555 | - | https://www.facebook.com/photo/?fbid=55555
            https://www.facebook.com/reel/998877665544 | facebook | 998877665544 | - | https://www.facebook.com/reel/998877665544
            https://www.facebook.com/groups/mothers/permalink/4444/ | facebook | 4444 | - | https://www.facebook.com/groups/mothers/posts/4444
            https://www.facebook.com/share/p/1AbCdEfGh/?mibextid=WC7FNe | facebook | 1AbCdEfGh | - | https://www.facebook.com/share/p/1AbCdEfGh/
            https://fb.watch/aBcD_12-3/?fbclid=xyz | facebook | aBcD_12-3 | - | https://fb.watch/aBcD_12-3/
            https://www.tiktok.com/@chrissyteigen/video/6877431162343148806?is_from_webapp=1&sender_device=pc&lang=en | tiktok | 6877431162343148806 | chrissyteigen | https://www.tiktok.com/@chrissyteigen/video/6877431162343148806
            https://vm.tiktok.com/ZMabc123/ | tiktok | ZMabc123 | - | https://vm.tiktok.com/ZMabc123/
            https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&t=42s&si=AbCdEf | youtube | dQw4w9WgXcQ | - | https://www.youtube.com/watch?v=dQw4w9WgXcQ
            https://m.youtube.com/watch?feature=youtu.be&v=dQw4w9WgXcQ | youtube | dQw4w9WgXcQ | - | https://www.youtube.com/watch?v=dQw4w9WgXcQ
            https://youtu.be/dQw4w9WgXcQ?si=tracking123 | youtube | dQw4w9WgXcQ | - | https://www.youtube.com/watch?v=dQw4w9WgXcQ
            https://www.youtube.com/shorts/dQw4w9WgXcQ?feature=share | youtube | dQw4w9WgXcQ | - | https://www.youtube.com/shorts/dQw4w9WgXcQ
            https://www.youtube.com/embed/dQw4w9WgXcQ | youtube | dQw4w9WgXcQ | - | https://www.youtube.com/watch?v=dQw4w9WgXcQ
            https://www.threads.net/@johnlegend/post/C1a2B3c4D5e?igshid=NTc4MTIwNjQ2YQ== | threads | C1a2B3c4D5e | johnlegend | https://www.threads.com/@johnlegend/post/C1a2B3c4D5e
            https://www.threads.com/@johnlegend/post/C1a2B3c4D5e | threads | C1a2B3c4D5e | johnlegend | https://www.threads.com/@johnlegend/post/C1a2B3c4D5e
            https://bsky.app/profile/Example.bsky.social/post/3kabcdefghi2x | bluesky | 3kabcdefghi2x | example.bsky.social | https://bsky.app/profile/example.bsky.social/post/3kabcdefghi2x
            https://bsky.app/profile/did:plc:abc123/post/3kabcdefghi2x | bluesky | 3kabcdefghi2x | - | https://bsky.app/profile/did:plc:abc123/post/3kabcdefghi2x
            https://mastodon.social/@Gargron/109000000000000000?utm_source=x | mastodon | 109000000000000000 | Gargron@mastodon.social | https://mastodon.social/@Gargron/109000000000000000
            https://hachyderm.io/@someone@mastodon.social/111222333444 | mastodon | 111222333444 | someone@mastodon.social | https://hachyderm.io/@someone@mastodon.social/111222333444
            https://mastodon.social/users/Gargron/statuses/109000000000000000 | mastodon | 109000000000000000 | Gargron@mastodon.social | https://mastodon.social/@Gargron/109000000000000000
            """)
    void recognizesEachPlatformsPostShapesAndDropsEverythingElse(String written, String platform, String id,
            String handle, String canonical) {
        PostLink link = parser.parse(written).orElseThrow();
        assertThat(link.platform().id()).isEqualTo(platform);
        assertThat(link.postId()).isEqualTo(id);
        assertThat(link.handle()).isEqualTo(handle);
        assertThat(link.url()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "https://www.instagram.com/chrissyteigen/", "https://www.instagram.com/p/", "https://www.instagram.com/p/a%20b/",
        "https://www.instagram.com/explore/tags/love/", "https://twitter.com/johnlegend",
        "https://twitter.com/johnlegend/status/", "https://twitter.com/johnlegend/status/12abc",
        "https://x.com/johnlegend/likes", "https://twitter.com/this_handle_is_far_too_long_for_x/status/1",
        "https://twitter.com/i/lists/123", "https://www.facebook.com/johnlegend",
        "https://www.facebook.com/permalink.php?story_fbid=123", "https://www.facebook.com/watch/?v=notanid",
        "https://www.facebook.com/events/123/", "https://www.tiktok.com/@chrissyteigen",
        "https://www.tiktok.com/@chrissyteigen/video/abc", "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/channel/UC123", "https://youtu.be/", "https://www.threads.net/@johnlegend",
        "https://bsky.app/profile/example.bsky.social", "https://mastodon.social/@Gargron",
        "https://mastodon.social/@Gargron/notanumber", "https://t.co/ySFzJB5e6k", "https://example.com/p/CFyWQLWpJ3u/",
        "https://herviewfromhome.com/contact-us/write-for-her//", "http://[::1", "https://", "https://%zz/p/x",
        "https://www.instagram.com/p/CFyWQLWpJ3u/%", "not a url at all", "",
    })
    void leavesWhatIsNotAPostOrIsMalformed(String written) {
        assertThat(parser.parse(written)).as(written).isEmpty();
    }

    @Test
    void keepsAnIdTooLargeForALongAsWrittenWithoutATime() {
        PostLink link = parser.parse("https://x.com/someone/status/99999999999999999999999999999").orElseThrow();
        assertThat(link.postId()).isEqualTo("99999999999999999999999999999");
        assertThat(link.timeFromId()).isEmpty();
        assertThat(link.method("social:x-url")).isEqualTo("social:x-url");
    }

    @Test
    void refusesAnAbsurdlyLongIdAndAnAbsurdlyLongUrl() {
        assertThat(parser.parse("https://x.com/someone/status/" + "9".repeat(41))).isEmpty();
        assertThat(parser.parse("https://www.instagram.com/p/" + "A".repeat(100_000) + "/")).isEmpty();
    }

    @Test
    void namesTheTimeDerivationInTheMethod() {
        Optional<PostLink> tweet = parser.parse("https://twitter.com/johnlegend/status/1311505394574602241");
        assertThat(tweet.orElseThrow().method("social:x-url")).isEqualTo("social:x-url+snowflake-time");
        Optional<PostLink> video = parser.parse("https://youtu.be/dQw4w9WgXcQ");
        assertThat(video.orElseThrow().method("social:youtube-url")).isEqualTo("social:youtube-url");
    }
}
