package io.github.verbatim.social;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.SocialPost;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every post of the seed corpus, found through the whole pipeline. */
class SeedSocialPostsTest {

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();

    /** One expected tweet of seed 003. */
    private record Tweet(String handle, String name, String text) {
    }

    private static Tweet tweet(String handle, String name, String text) {
        return new Tweet(handle, name, text);
    }

    private static final List<Tweet> SEED_003_TWEETS = List.of(
            tweet("johnlegend", "John Legend",
                    "We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k"),
            tweet("chrissyteigen", "chrissy teigen",
                    "Driving home from the hospital with no baby. How can this be real."),
            tweet("PadmaLakshmi", "Padma Lakshmi",
                    "So very sorry, John & Chrissy. He's a part of you and will be with you forever."),
            tweet("iSmashFizzle", "Ashley C. Ford",
                    "Chrissy and John have given a lot of people permission not to grieve alone. In the midst of their own deep and enduring pain, they offered a gift to those who know this particular form of heartbreak. Whew. That takes a lot of strength."),
            tweet("MsKathyBates", "Kathy Bates",
                    "Heartbreaking to read this news, Chrissy. Loving prayers for you and your family. https://t.co/eyfNhl4QkC"),
            tweet("MacLethal", "Mac Lethal 🧢",
                    "If you see the photo of Chrissy Teigen grieving the loss of her child, and your first thoughts are: “Why did she photograph herself grieving?” and not “Oh no. That’s terrible. She lost her child.” You have serious psychological problems."),
            tweet("BradleyWhitford", "Bradley Whitford",
                    "Love to you all. Love. Love. Love."),
            tweet("sunny", "Sunny Hostin",
                    "@chrissyteigen @johnlegend My prayers for you. Our journey with our son Gabriel could have been your path with your beautiful boy Jack. My placenta was also torn and I spent the majority of my pregnancy on bed rest. Know that Jack can feel your love. Your boy is now an Angel. ❤️"),
            tweet("emmyrossum", "Emmy Rossum",
                    "My heart is absolutely breaking for Chrissy Teigen and John Legend. This is a woman who shares so bravely and openly all the joys and sorrows of her life. She is an absolute gift to our world. I am praying tonight for their son and for their family. 🙏"),
            tweet("ananavarro", "Ana Navarro-Cárdenas",
                    "Dear @chrissyteigen and @johnlegend, thank you for sharing your lives -the laughter and the tears, the highs, lows and this devastating heart-break, with the rest of us. I hope it helps you a little to see the love, prayers and positive energy from your friends and followers. ❤️ https://t.co/IM2k7ZdHEj"),
            tweet("LeaKThompson", "Lea Thompson",
                    "So so sorry."),
            tweet("jenniferbeals", "Jennifer Beals",
                    "I am so deeply sorry.\n\nI know Jack was so loved. And no doubt loved you.\n\n"
                    + "Take your time and know that you are appreciated by so many who wish you well."),
            tweet("PattyArquette", "Patricia Arquette",
                    "Sending you all love. I’m so sorry."),
            tweet("LisaVanderpump", "Lisa Vanderpump",
                    "So sad to hear of your devastating loss @chrissyteigen such a terrible time for you .\n\n"
                    + "We all send love and support to you both.💞"),
            tweet("leannrimes", "LeAnn Rimes Cibrian",
                    "I am so terribly sorry that you and your family have to endure this pain. Sending so much LovE and healing your way."),
            tweet("jennyhan", "Jenny Han",
                    "Chrissy's shared her life with us on here, and now we're all sharing in this unimaginable grief. I'm in tears and I don't even know her, though it feels like I do. Please lift her up in your thoughts tonight and please no one be an asshole for just one night."),
            tweet("rachelzegler", "rachel zegler",
                    "Sending you, John, and your entire family so much love and strength as you navigate this grief."),
            tweet("AudraEqualityMc", "Audra McDonald",
                    "Sending you and John and your precious babies comfort love and light. I’m so so sorry. 💔"),
            tweet("YNB", "yvette nicole brown",
                    "And lastly, the people questioning why John & Chrissy bravely chose to share their loss are the SAME people who have something negative to say when they share one of their blessings. They👏🏾Share👏🏾Their👏🏾Lives👏🏾 And lives have ups & tragic downs. Let them LIVE, dammit! 4/"),
            tweet("HillaryClinton", "Hillary Clinton",
                    "I'm so deeply sorry to hear of this loss. My love and prayers to you, John, Luna, and Miles."),
            tweet("AndyRichter", "Andy Richter",
                    "Love to you and Chrissy, John"),
            tweet("joshgad", "Josh Gad",
                    "We are with you all during this impossible time. You are surrounded by love. So truly sorry for this loss."),
            tweet("t0nit0ne", "TONI TONE",
                    "According to the NHS, among women who know they're pregnant, it's estimated about 1 in 8 pregnancies end in miscarriage. I know too many women who have gone through this pain at some point in their life. My heart is with Chrissy Teigen and all women who have felt the same loss."),
            tweet("Alyssa_Milano", "Alyssa Milano",
                    "Sending you all of the love."),
            tweet("KamalaHarris", "Kamala Harris",
                    "@chrissyteigen, @johnlegend, Luna, and Miles—Doug and I are deeply sorry for your loss. Words can never be enough, but know that we’re keeping you in our prayers."));

    @Test
    void seed003HasExactlyItsTwentyFiveTweets() throws Exception {
        Article article = verbatim.extract(Seeds.seed("003"));
        List<SocialPost> posts = article.socialPosts();
        assertThat(SEED_003_TWEETS).hasSize(25);
        assertThat(posts).hasSize(25);
        for (int i = 0; i < posts.size(); i++) {
            SocialPost post = posts.get(i);
            Tweet expected = SEED_003_TWEETS.get(i);
            assertThat(post.platform()).as("post %d", i).isEqualTo("x");
            assertThat(post.authorHandle()).as("post %d", i).isEqualTo(expected.handle());
            assertThat(post.authorName()).as("post %d", i).isEqualTo(expected.name());
            assertThat(post.text()).as("post %d", i).isEqualTo(expected.text());
            assertThat(post.postedAt()).as("post %d", i).isEqualTo("2020-10-01");
            // The embed's words give no status id: the post is cited by its account's address.
            assertThat(post.url()).isEqualTo("https://x.com/" + expected.handle());
            assertThat(post.postId()).isNull();
            assertThat(post.postedAtFromId()).isNull();
            assertSpanIsText(article, post.provenance(), expected.text());
            assertThat(post.provenance().method()).isEqualTo("social:x-embed");
            assertThat(post.provenance().document()).isEqualTo(article.id());
            // The signature follows the text exactly: " — Name (@handle) October 1, 2020".
            int end = post.provenance().position().end();
            assertThat(slice(article, end, end + 3 + expected.name().codePointCount(0, expected.name().length())))
                    .isEqualTo(" — " + expected.name());
        }
    }

    @Test
    void multiParagraphTweetsAreLessCertainThanSingleOnes() throws Exception {
        List<SocialPost> posts = verbatim.extract(Seeds.seed("003")).socialPosts();
        assertThat(posts).filteredOn(p -> p.text().contains("\n\n")).extracting(SocialPost::authorHandle)
                .containsExactly("jenniferbeals", "LisaVanderpump");
        assertThat(posts).filteredOn(p -> p.text().contains("\n\n"))
                .allSatisfy(p -> assertThat(p.provenance().confidence()).isEqualTo(0.8));
        assertThat(posts).filteredOn(p -> !p.text().contains("\n\n"))
                .allSatisfy(p -> assertThat(p.provenance().confidence()).isEqualTo(0.95));
    }

    @Test
    void tcoLinksInsideTweetsAreNotPosts() throws Exception {
        Article article = verbatim.extract(Seeds.seed("003"));
        assertThat(article.text()).contains("https://t.co/ySFzJB5e6k", "https://t.co/eyfNhl4QkC",
                "https://t.co/IM2k7ZdHEj");
        assertThat(article.socialPosts()).extracting(SocialPost::url).noneMatch(url -> url.contains("t.co"));
    }

    @Test
    void seed000HasFourInstagramPostsWithTimesFromTheirShortcodes() throws Exception {
        Article article = verbatim.extract(Seeds.seed("000"));
        List<SocialPost> posts = article.socialPosts();
        assertThat(posts).extracting(SocialPost::postId)
                .containsExactly("CFyWQLWpJ3u", "CFs8I2JpDf0", "CE2SoaIJSOY", "CEhKi99pw_c");
        for (SocialPost post : posts) {
            assertThat(post.platform()).isEqualTo("instagram");
            assertThat(post.url()).isEqualTo("https://www.instagram.com/p/" + post.postId() + "/");
            assertThat(post.postedAtFromId()).isEqualTo(independentlyDecoded(post.postId()));
            assertThat(post.postedAt()).isNull();
            assertThat(post.authorHandle()).isNull();
            assertThat(post.text()).isNull();
            assertSpanIsText(article, post.provenance(),
                    "https://www.instagram.com/p/" + post.postId() + "/?utm_source=ig_web_copy_link");
            assertThat(post.provenance().method()).isEqualTo("social:instagram-url+shortcode-time");
        }
        assertThat(posts).extracting(SocialPost::postedAtFromId).containsExactly(
                Instant.parse("2020-10-01T03:58:55.366Z"),
                Instant.parse("2020-09-29T01:34:31.660Z"),
                Instant.parse("2020-09-07T20:12:50.793Z"),
                Instant.parse("2020-08-30T15:18:08.852Z"));
        // Sanity: the announcement ("late Wednesday", 2020-09-30 in Los Angeles) is the newest, the
        // hospital post days before, and the two "last month" posts from late August / early September.
        Instant announcement = posts.get(0).postedAtFromId();
        assertThat(announcement).isBetween(Instant.parse("2020-09-30T19:00:00Z"), Instant.parse("2020-10-01T12:00:00Z"));
        assertThat(posts.get(1).postedAtFromId()).isBetween(Instant.parse("2020-09-25T00:00:00Z"), announcement);
        assertThat(posts.get(2).postedAtFromId()).isBetween(Instant.parse("2020-08-25T00:00:00Z"),
                Instant.parse("2020-09-15T00:00:00Z"));
        assertThat(posts.get(3).postedAtFromId()).isBetween(Instant.parse("2020-08-25T00:00:00Z"),
                Instant.parse("2020-09-15T00:00:00Z"));
    }

    @Test
    void onlySeeds000And003CarryPosts() throws Exception {
        assertThat(verbatim.extract(Seeds.seed("001")).socialPosts()).isEmpty();
        assertThat(verbatim.extract(Seeds.seed("002")).socialPosts()).isEmpty();
        assertThat(verbatim.extract(Seeds.seed("004")).socialPosts()).isEmpty();
        int all = 0;
        for (var seed : Seeds.files()) {
            all += verbatim.extract(seed).socialPosts().size();
        }
        assertThat(all).isEqualTo(4 + 25);
    }

    /**
     * Decodes a shortcode a different way from the code under test: it is base64url of the media
     * id's bytes once padded with leading {@code A}s (zero digits) to a multiple of four characters.
     */
    private static Instant independentlyDecoded(String shortcode) {
        String padded = "A".repeat(12 - shortcode.length()) + shortcode;
        BigInteger mediaId = new BigInteger(1, Base64.getUrlDecoder().decode(padded));
        BigInteger millis = mediaId.shiftRight(23).add(BigInteger.valueOf(1314220021721L));
        return Instant.ofEpochMilli(millis.longValueExact());
    }

    private static void assertSpanIsText(Article article, Provenance provenance, String expected) {
        int start = provenance.position().start();
        int end = provenance.position().end();
        assertThat(slice(article, start, end)).isEqualTo(expected);
        assertThat(provenance.quote().exact()).isEqualTo(expected);
    }

    private static String slice(Article article, int start, int end) {
        String text = article.text();
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
