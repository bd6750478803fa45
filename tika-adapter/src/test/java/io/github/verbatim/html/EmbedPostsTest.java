package io.github.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.SourceKind;
import io.github.verbatim.read.Document;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Each embed code as the platforms hand it out, inside an article's body; links in the body. */
@Timeout(30)
class EmbedPostsTest {

    static final String TWEET = """
            <blockquote class="twitter-tweet"><p lang="en" dir="ltr">We are shocked and in the kind of deep pain you
            only hear about. <a href="https://t.co/ABCdef">pic.twitter.com/ABCdef</a></p>&mdash; chrissy teigen
            (@chrissyteigen) <a href="https://twitter.com/chrissyteigen/status/1311539532435968001?ref_src=twsrc%5Etfw">October
            1, 2020</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
            """;
    static final String INSTAGRAM = """
            <blockquote class="instagram-media" data-instgrm-captioned
              data-instgrm-permalink="https://www.instagram.com/p/CFyWQLWpJ3u/?utm_source=ig_embed&amp;utm_campaign=loading"
              data-instgrm-version="13" style="background:#FFF; border:0;"><div style="padding:16px;">
              <a href="https://www.instagram.com/p/CFyWQLWpJ3u/?utm_source=ig_embed" target="_blank">
              <div style="display:flex"></div><div style="color:#3897f0;">View this post on Instagram</div></a>
              <p style="margin:8px 0 0 0;"><a href="https://www.instagram.com/p/CFyWQLWpJ3u/?utm_source=ig_embed"
              target="_blank">Driving you and your siblings home. We will always love you.</a></p>
              <p style="color:#c9c8cd;">A post shared by <a href="https://www.instagram.com/chrissyteigen/">chrissy
              teigen</a> (@chrissyteigen) on <time style="font-family:Arial" datetime="2020-10-01T01:40:03+00:00">Sep 30,
              2020 at 6:40pm PDT</time></p></div></blockquote>
            <script async src="//www.instagram.com/embed.js"></script>
            """;
    static final String TIKTOK = """
            <blockquote class="tiktok-embed" cite="https://www.tiktok.com/@scout2015/video/6718335390845095173"
              data-video-id="6718335390845095173" style="max-width: 605px;min-width: 325px;"> <section>
              <a target="_blank" title="@scout2015" href="https://www.tiktok.com/@scout2015?refer=embed">@scout2015</a>
              Scramble up ur name &#38; I’ll try to guess it <a title="foryoupage" target="_blank"
              href="https://www.tiktok.com/tag/foryoupage?refer=embed">#foryoupage</a> </section> </blockquote>
            <script async src="https://www.tiktok.com/embed.js"></script>
            """;
    static final String BLUESKY = """
            <blockquote class="bluesky-embed"
              data-bluesky-uri="at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l6oveex3ii2l"
              data-bluesky-cid="bafyreibbc"><p lang="en">Hello from Bluesky, where the embed still works.</p>&mdash;
              Bluesky (<a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur?ref_src=embed">@bsky.app</a>)
              <a href="https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l6oveex3ii2l?ref_src=embed">October
              10, 2024 at 5:00 PM</a></blockquote>
            <script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>
            """;
    static final String THREADS = """
            <blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@zuck/post/CuP48CiS5sx"
              data-text-post-version="0" id="ig-tp-CuP48CiS5sx" style="background:#FFF;">
              <a href="https://www.threads.net/@zuck/post/CuP48CiS5sx" target="_blank"><div style="padding:40px;">
              <div style="display:block"></div><div style="font-size:15px;">View on Threads</div></div></a></blockquote>
            <script async src="https://www.threads.net/embed.js"></script>
            """;
    static final String FACEBOOK = """
            <div class="fb-post" data-href="https://www.facebook.com/20531316728/posts/10154009990506729/"
              data-width="500" data-show-text="true"><blockquote
              cite="https://developers.facebook.com/20531316728/posts/10154009990506729/" class="fb-xfbml-parse-ignore">
              <p>Today we are opening our new office in the harbour district.</p>Posted by <a
              href="https://www.facebook.com/facebook/">Facebook</a> on&nbsp;<a
              href="https://developers.facebook.com/20531316728/posts/10154009990506729/">Thursday, August 27,
              2015</a></blockquote></div>
            """;
    static final String YOUTUBE = """
            <iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=tracking"
              title="YouTube video player" frameborder="0" allowfullscreen></iframe>
            """;
    static final String MASTODON = """
            <iframe src="https://mastodon.social/@Gargron/109330981574285766/embed" class="mastodon-embed"
              style="max-width: 100%; border: 0" width="400" allowfullscreen="allowfullscreen"></iframe>
            <script src="https://mastodon.social/embed.js" async="async"></script>
            """;

    @TempDir
    Path dir;

    private Document withEmbed(String embed) throws Exception {
        return Pages.read(dir, Pages.article("<link rel=\"canonical\" href=\"https://news.example.org/bridge\">",
                "<p>" + MainTextTest.sentence(1) + "</p>" + embed + "<p>" + MainTextTest.sentence(2) + "</p>"));
    }

    /** Returns the text the post's provenance points at. */
    private static String at(Document doc, Provenance p) {
        return p.position() == null ? null : doc.text().substring(
                doc.text().offsetByCodePoints(0, p.position().start()),
                doc.text().offsetByCodePoints(0, p.position().end()));
    }

    @Test
    void tweet() throws Exception {
        Document doc = withEmbed(TWEET);

        assertThat(doc.posts()).hasSize(1);
        SocialPost post = doc.posts().get(0);
        assertThat(post.platform()).isEqualTo("x");
        assertThat(post.url()).isEqualTo("https://x.com/chrissyteigen/status/1311539532435968001");
        assertThat(post.postId()).isEqualTo("1311539532435968001");
        assertThat(post.authorHandle()).isEqualTo("chrissyteigen");
        assertThat(post.authorName()).isEqualTo("chrissy teigen");
        assertThat(post.postedAt()).isEqualTo("2020-10-01");
        assertThat(post.postedAtFromId()).isEqualTo(Instant.ofEpochMilli((1311539532435968001L >> 22) + 1288834974657L));
        assertThat(post.text()).isEqualTo("We are shocked and in the kind of deep pain you only hear about."
                + " pic.twitter.com/ABCdef");
        assertThat(post.provenance().method()).isEqualTo("html:embed:x+snowflake-time");
        assertThat(at(doc, post.provenance())).isEqualTo(post.text());
        assertThat(post.provenance().quote().exact()).isEqualTo(post.text());
        // The embed is its own paragraph: the post's words, then its signature.
        assertThat(Pages.paragraphs(doc)).contains("We are shocked and in the kind of deep pain you only hear about."
                + " pic.twitter.com/ABCdef\n— chrissy teigen (@chrissyteigen) October 1, 2020");
    }

    @Test
    void instagram() throws Exception {
        Document doc = withEmbed(INSTAGRAM);

        SocialPost post = doc.posts().get(0);
        assertThat(post.platform()).isEqualTo("instagram");
        assertThat(post.url()).isEqualTo("https://www.instagram.com/p/CFyWQLWpJ3u/");
        assertThat(post.postId()).isEqualTo("CFyWQLWpJ3u");
        assertThat(post.authorHandle()).isEqualTo("chrissyteigen");
        assertThat(post.authorName()).isEqualTo("chrissy teigen");
        assertThat(post.postedAt()).isEqualTo("2020-10-01T01:40:03Z");
        assertThat(post.postedAtFromId()).isNotNull();
        assertThat(post.text()).isEqualTo("Driving you and your siblings home. We will always love you.");
        assertThat(post.provenance().method()).isEqualTo("html:embed:instagram+shortcode-time");
        assertThat(at(doc, post.provenance())).isEqualTo(post.text());
        assertThat(doc.text()).doesNotContain("View this post on Instagram");
    }

    @Test
    void tiktok() throws Exception {
        Document doc = withEmbed(TIKTOK);

        SocialPost post = doc.posts().get(0);
        assertThat(post.platform()).isEqualTo("tiktok");
        assertThat(post.url()).isEqualTo("https://www.tiktok.com/@scout2015/video/6718335390845095173");
        assertThat(post.postId()).isEqualTo("6718335390845095173");
        assertThat(post.authorHandle()).isEqualTo("scout2015");
        assertThat(post.text()).isEqualTo("@scout2015 Scramble up ur name & I’ll try to guess it #foryoupage");
        assertThat(at(doc, post.provenance())).isEqualTo(post.text());
    }

    @Test
    void bluesky() throws Exception {
        Document doc = withEmbed(BLUESKY);

        SocialPost post = doc.posts().get(0);
        assertThat(post.platform()).isEqualTo("bluesky");
        assertThat(post.url()).isEqualTo("https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l6oveex3ii2l");
        assertThat(post.postId()).isEqualTo("3l6oveex3ii2l");
        assertThat(post.authorHandle()).isEqualTo("bsky.app");
        assertThat(post.authorName()).isEqualTo("Bluesky");
        assertThat(post.postedAt()).isEqualTo("2024-10-10");
        assertThat(post.text()).isEqualTo("Hello from Bluesky, where the embed still works.");
        assertThat(at(doc, post.provenance())).isEqualTo(post.text());
    }

    @Test
    void threadsWithoutWordsHasAPostWithoutPosition() throws Exception {
        Document doc = withEmbed(THREADS);

        SocialPost post = doc.posts().get(0);
        assertThat(post.platform()).isEqualTo("threads");
        assertThat(post.url()).isEqualTo("https://www.threads.com/@zuck/post/CuP48CiS5sx");
        assertThat(post.authorHandle()).isEqualTo("zuck");
        assertThat(post.text()).isNull();
        assertThat(post.provenance().position()).isNull();
        assertThat(doc.text()).doesNotContain("View on Threads");
    }

    @Test
    void facebook() throws Exception {
        Document doc = withEmbed(FACEBOOK);

        SocialPost post = doc.posts().get(0);
        assertThat(post.platform()).isEqualTo("facebook");
        assertThat(post.url()).startsWith("https://www.facebook.com/").contains("10154009990506729");
        assertThat(post.authorName()).isEqualTo("Facebook");
        assertThat(post.postedAt()).isEqualTo("2015-08-27");
        assertThat(post.text()).isEqualTo("Today we are opening our new office in the harbour district.");
        assertThat(at(doc, post.provenance())).isEqualTo(post.text());
    }

    @Test
    void youtubeAndMastodonFramesPutNoWordsInTheText() throws Exception {
        Document doc = withEmbed(YOUTUBE + MASTODON);

        assertThat(doc.posts()).extracting(SocialPost::platform, SocialPost::url, SocialPost::postId)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                                "dQw4w9WgXcQ"),
                        org.assertj.core.api.Assertions.tuple("mastodon",
                                "https://mastodon.social/@Gargron/109330981574285766", "109330981574285766"));
        assertThat(doc.posts()).allSatisfy(p -> {
            assertThat(p.provenance().position()).isNull();
            assertThat(p.provenance().quote()).isNull();
            assertThat(p.text()).isNull();
        });
        assertThat(doc.posts().get(1).authorHandle()).isEqualTo("Gargron@mastodon.social");
        assertThat(Pages.paragraphs(doc)).containsExactly(MainTextTest.sentence(1), MainTextTest.sentence(2));
    }

    @Test
    void linksToOtherSitesAreSourcesAndLinksToPostsArePosts() throws Exception {
        Document doc = Pages.read(dir, Pages.article("<link rel=\"canonical\" href=\"https://www.example.org/bridge\">", """
                <p>The figures come from <a href="https://www.ons.gov.uk/traffic?utm_source=x">a report by the
                  statistics office</a>, which counted every crossing, and from
                  <a href="https://news.example.org/earlier">our earlier story</a>, the council said.</p>
                <p>The mayor <a href="https://twitter.com/mayor/status/1311539532435968001">said on X</a> that the
                  bridge would open at noon, and <a href="/local/relative">the ferry</a> would stop, the council said.</p>
                <ul><li><a href="https://www.bbc.co.uk/news/bridge-history">The long history of the harbour bridge, from
                  its opening in 1932 to the accident</a>: a look back at ninety years of traffic on the crossing and its tolls</li></ul>
                """));

        assertThat(doc.sources()).extracting(Source::kind, Source::name, Source::url).containsExactly(
                org.assertj.core.api.Assertions.tuple(SourceKind.REFERENCED, "a report by the statistics office",
                        "https://www.ons.gov.uk/traffic?utm_source=x"),
                org.assertj.core.api.Assertions.tuple(SourceKind.RELATED,
                        "The long history of the harbour bridge, from its opening in 1932 to the accident",
                        "https://www.bbc.co.uk/news/bridge-history"));
        Source report = doc.sources().get(0);
        assertThat(report.provenance().method()).isEqualTo("html:link");
        assertThat(at(doc, report.provenance())).isEqualTo("a report by the statistics office");
        assertThat(doc.posts()).singleElement().satisfies(post -> {
            assertThat(post.url()).isEqualTo("https://x.com/mayor/status/1311539532435968001");
            assertThat(post.provenance().method()).isEqualTo("html:link:x+snowflake-time");
            assertThat(at(doc, post.provenance())).isEqualTo("said on X");
        });
    }
}
