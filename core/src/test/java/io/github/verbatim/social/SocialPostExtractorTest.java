package io.github.verbatim.social;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.text.NormalizedText;
import io.github.verbatim.text.ParagraphSplitter;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocialPostExtractorTest {

    private static final String DOCUMENT = "sha256:" + "0".repeat(64);

    private final SocialPostExtractor extractor = new SocialPostExtractor();

    private List<SocialPost> extract(String text) {
        NormalizedText normalized = NormalizedText.of(text);
        return extractor.extract(new ArticleText(normalized, DOCUMENT, ParagraphSplitter.split(normalized, 0)));
    }

    private static String exact(SocialPost post) {
        return post.provenance().quote().exact();
    }

    // --- URLs -------------------------------------------------------------------------------

    @Test
    void aPostUrlsProvenanceIsTheUrlAsWrittenWithoutClosingPunctuation() {
        List<SocialPost> posts = extract("She posted https://www.instagram.com/p/CFyWQLWpJ3u/?igshid=abc. "
                + "Watch it (https://youtu.be/dQw4w9WgXcQ?si=x) or at https://fb.watch/aBcD/, then "
                + "“https://x.com/johnlegend/status/1311505394574602241?s=20”!");
        assertThat(posts).extracting(SocialPostExtractorTest::exact).containsExactly(
                "https://www.instagram.com/p/CFyWQLWpJ3u/?igshid=abc", "https://youtu.be/dQw4w9WgXcQ?si=x",
                "https://fb.watch/aBcD/", "https://x.com/johnlegend/status/1311505394574602241?s=20");
        assertThat(posts).extracting(SocialPost::url).containsExactly("https://www.instagram.com/p/CFyWQLWpJ3u/",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://fb.watch/aBcD/",
                "https://x.com/johnlegend/status/1311505394574602241");
        assertThat(posts).extracting(p -> p.provenance().method()).containsExactly(
                "social:instagram-url+shortcode-time", "social:youtube-url", "social:facebook-url",
                "social:x-url+snowflake-time");
        SocialPost tweet = posts.get(3);
        assertThat(tweet.authorHandle()).isEqualTo("johnlegend");
        assertThat(tweet.postedAtFromId()).isEqualTo(Instant.ofEpochMilli(
                new BigInteger("1311505394574602241").shiftRight(22).longValueExact() + 1288834974657L));
        assertThat(tweet.postedAt()).isNull();
        assertThat(tweet.text()).isNull();
    }

    @Test
    void aUrlWithParenthesesKeepsItsOwnClosingParenthesis() {
        List<SocialPost> posts = extract("See (https://www.facebook.com/permalink.php?story_fbid=1&id=2&x=(a)).");
        assertThat(posts).extracting(SocialPostExtractorTest::exact)
                .containsExactly("https://www.facebook.com/permalink.php?story_fbid=1&id=2&x=(a)");
    }

    @Test
    void platformLinksWithoutSchemeAreFoundButNotInsideOtherHosts() {
        List<SocialPost> posts = extract("Her post instagram.com/p/CFyWQLWpJ3u and www.tiktok.com/@a/video/123 "
                + "but not inbox.com/p/CFyWQLWpJ3u, netflix.com/status/1 or me@x.com/i/status/1.");
        assertThat(posts).extracting(SocialPost::url).containsExactly("https://www.instagram.com/p/CFyWQLWpJ3u/",
                "https://www.tiktok.com/@a/video/123");
    }

    @Test
    void everyPlatformInRunningText() {
        List<SocialPost> posts = extract("""
                https://www.instagram.com/reel/C1a2B3c4D5e/?utm_source=ig_web_copy_link
                https://mobile.twitter.com/Jack/status/20?ref_src=twsrc
                https://www.facebook.com/johnlegend/posts/10157862377736011?fbclid=IwAR0
                https://www.tiktok.com/@chrissyteigen/video/6877431162343148806?lang=en
                https://www.youtube.com/shorts/dQw4w9WgXcQ?feature=share
                https://www.threads.net/@johnlegend/post/C1a2B3c4D5e?igshid=NTc4
                https://bsky.app/profile/jane.bsky.social/post/3kabcdefghi2x
                https://mastodon.social/@Gargron/109000000000000000
                """);
        assertThat(posts).extracting(SocialPost::platform).containsExactly("instagram", "x", "facebook", "tiktok",
                "youtube", "threads", "bluesky", "mastodon");
        assertThat(posts).extracting(SocialPost::authorHandle).containsExactly(null, "Jack", "johnlegend",
                "chrissyteigen", null, "johnlegend", "jane.bsky.social", "Gargron@mastodon.social");
        // Status 20 is from 2006, before X's ids carried time.
        assertThat(posts.get(1).postedAtFromId()).isNull();
        assertThat(posts.get(1).provenance().method()).isEqualTo("social:x-url");
    }

    @Test
    void aPostCitedTwiceIsOnePostAtItsFirstOccurrence() {
        String text = "First https://www.instagram.com/p/CFyWQLWpJ3u/?utm_source=ig_web_copy_link here.\n\n"
                + "Again instagram.com/p/CFyWQLWpJ3u and https://twitter.com/JohnLegend/status/1311505394574602241.\n\n"
                + "And https://x.com/johnlegend/status/1311505394574602241?s=20 once more.";
        List<SocialPost> posts = extract(text);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).url()).isEqualTo("https://www.instagram.com/p/CFyWQLWpJ3u/");
        assertThat(exact(posts.get(0))).isEqualTo("https://www.instagram.com/p/CFyWQLWpJ3u/?utm_source=ig_web_copy_link");
        assertThat(posts.get(0).provenance().position().start()).isEqualTo(6);
        assertThat(posts.get(1).authorHandle()).isEqualTo("JohnLegend");
        assertThat(exact(posts.get(1))).isEqualTo("https://twitter.com/JohnLegend/status/1311505394574602241");
    }

    @Test
    void facebookPostsAreTheSameOnlyByTheirCanonicalUrl() {
        List<SocialPost> posts = extract("https://www.facebook.com/a/posts/123 and https://www.facebook.com/b/posts/123 "
                + "and https://m.facebook.com/a/posts/123?mibextid=x");
        assertThat(posts).extracting(SocialPost::url).containsExactly("https://www.facebook.com/a/posts/123",
                "https://www.facebook.com/b/posts/123");
    }

    @Test
    void otherLinksAreNotPosts() {
        assertThat(extract("Read https://t.co/ySFzJB5e6k, https://example.com/p/CFyWQLWpJ3u/ and "
                + "https://www.instagram.com/chrissyteigen/ or https://herviewfromhome.com/contact-us/write-for-her//"))
                .isEmpty();
    }

    @Test
    void offsetsAreCodePointsEvenAfterEmoji() {
        List<SocialPost> posts = extract("🖤🖤 https://youtu.be/dQw4w9WgXcQ");
        assertThat(posts.get(0).provenance().position().start()).isEqualTo(3);
        assertThat(posts.get(0).provenance().position().end()).isEqualTo(3 + "https://youtu.be/dQw4w9WgXcQ".length());
        assertThat(exact(posts.get(0))).isEqualTo("https://youtu.be/dQw4w9WgXcQ");
    }

    // --- embed text -------------------------------------------------------------------------

    @Test
    void aTweetEmbedGivesHandleNameDateAndText() {
        List<SocialPost> posts = extract("Intro paragraph of the article.\n\n"
                + "We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k — John Legend (@johnlegend) October 1, 2020");
        assertThat(posts).hasSize(1);
        SocialPost post = posts.get(0);
        assertThat(post.platform()).isEqualTo("x");
        assertThat(post.authorHandle()).isEqualTo("johnlegend");
        assertThat(post.authorName()).isEqualTo("John Legend");
        assertThat(post.postedAt()).isEqualTo("2020-10-01");
        assertThat(post.text()).isEqualTo("We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k");
        assertThat(exact(post)).isEqualTo(post.text());
        assertThat(post.provenance().position().start()).isEqualTo(33);
        assertThat(post.url()).isEqualTo("https://x.com/johnlegend");
        assertThat(post.provenance().method()).isEqualTo("social:x-embed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mac Lethal 🧢", "chrissy teigen", "Ashley C. Ford", "Ana Navarro-Cárdenas", "TONI TONE",
        "yvette nicole brown", "Dr. Jane O’Neil, MD", "🧢", "Zoë & Family", "名前"})
    void displayNamesOfAnyShape(String name) {
        List<SocialPost> posts = extract("So sorry. — " + name + " (@someone) October 1, 2020");
        assertThat(posts).extracting(SocialPost::authorName).containsExactly(name);
        assertThat(posts).extracting(SocialPost::text).containsExactly("So sorry.");
    }

    @Test
    void threadMarkersStayInTheText() {
        List<SocialPost> posts = extract("Let them LIVE, dammit! 4/ — yvette nicole brown (@YNB) October 1, 2020");
        assertThat(posts.get(0).text()).isEqualTo("Let them LIVE, dammit! 4/");
    }

    @Test
    void datesInOtherSpellingsAndDashes() {
        List<SocialPost> posts = extract("One. — A (@a) Oct. 1, 2020\n\nTwo. – B (@b) Sept 30, 2020\n\n"
                + "Three. &mdash; C (@c) december 31 2019\n\nFour. — D (@d) February 30, 2020");
        assertThat(posts).extracting(SocialPost::postedAt).containsExactly("2020-10-01", "2020-09-30", "2019-12-31", null);
        assertThat(posts).extracting(SocialPost::text).containsExactly("One.", "Two.", "Three.", "Four.");
    }

    @Test
    void noBreakSpacesAroundTheSignature() {
        List<SocialPost> posts = extract("So sorry.\u00a0—\u00a0Jane Doe\u00a0(@jane)\u00a0October\u00a01,\u00a02020");
        assertThat(posts).extracting(SocialPost::text, SocialPost::authorName, SocialPost::postedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("So sorry.", "Jane Doe", "2020-10-01"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Text — Name (@handle) Foobar 1, 2020", "Text — Name @handle October 1, 2020", "Text—Name (@handle) October 1, 2020",
        "Text — Name (@handle) October 1, 2020 and more words", "Text - Name (@handle) October 1, 2020",
        "Text — Name (@) October 1, 2020", "Text — (@handle) October 1, 2020"})
    void notASignature(String text) {
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void aStatusUrlAfterTheDateGivesTheEmbedItsIdAndIsNotAPostOfItsOwn() {
        List<SocialPost> posts = extract("Driving home. — chrissy teigen (@chrissyteigen) October 1, 2020 "
                + "https://twitter.com/chrissyteigen/status/1311479520203726848?ref_src=twsrc%5Etfw");
        assertThat(posts).hasSize(1);
        SocialPost post = posts.get(0);
        assertThat(post.postId()).isEqualTo("1311479520203726848");
        assertThat(post.url()).isEqualTo("https://x.com/chrissyteigen/status/1311479520203726848");
        assertThat(post.postedAt()).isEqualTo("2020-10-01");
        assertThat(post.postedAtFromId()).isEqualTo(Instant.ofEpochMilli((1311479520203726848L >> 22) + 1288834974657L));
        assertThat(post.text()).isEqualTo("Driving home.");
        assertThat(post.provenance().method()).isEqualTo("social:x-embed+snowflake-time");
    }

    @Test
    void aBlueskyEmbed() {
        List<SocialPost> posts = extract("Hello sky. — Jane Doe (@jane.bsky.social) October 1, 2024 at 3:04 PM");
        assertThat(posts).extracting(SocialPost::platform, SocialPost::authorHandle, SocialPost::url, SocialPost::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bluesky", "jane.bsky.social",
                        "https://bsky.app/profile/jane.bsky.social", "Hello sky."));
    }

    @Test
    void aSignatureAloneTakesThePreviousParagraphAsItsText() {
        List<SocialPost> posts = extract("The article begins.\n\nSo sad for you today.\n\n— Jane Doe (@jane) October 1, 2020");
        assertThat(posts).extracting(SocialPost::text).containsExactly("So sad for you today.");
        assertThat(posts.get(0).provenance().confidence()).isEqualTo(0.8);
    }

    @Test
    void aSignatureAloneAfterALeadInHasNoText() {
        List<SocialPost> posts = extract("She wrote:\n\n— Jane Doe (@jane) October 1, 2020");
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).text()).isNull();
        assertThat(exact(posts.get(0))).isEqualTo("— Jane Doe (@jane) October 1, 2020");
        assertThat(posts.get(0).provenance().confidence()).isEqualTo(0.7);
    }

    @Test
    void aTweetRunsBackOverParagraphsBetweenItAndThePreviousEmbed() {
        String text = "So so sorry. — Lea Thompson (@LeaKThompson) October 1, 2020\n\n"
                + "I am so deeply sorry.\n\nI know Jack was so loved. And no doubt loved you.\n\n"
                + "Take your time. — Jennifer Beals (@jenniferbeals) October 1, 2020";
        List<SocialPost> posts = extract(text);
        assertThat(posts).extracting(SocialPost::text).containsExactly("So so sorry.",
                "I am so deeply sorry.\n\nI know Jack was so loved. And no doubt loved you.\n\nTake your time.");
    }

    @Test
    void aTweetRunsBackToALeadInEndingWithAColon() {
        String text = "Stars reacted. Here is what one said:\n\nI am heartbroken.\n\nSecond line. — A B (@ab) October 1, 2020";
        assertThat(extract(text)).extracting(SocialPost::text).containsExactly("I am heartbroken.\n\nSecond line.");
    }

    @Test
    void proseBetweenTweetsIsNotTakenAsTweetText() {
        String text = "So so sorry. — Lea Thompson (@LeaKThompson) October 1, 2020\n\n"
                + "Actress Jennifer Beals also weighed in.\n\n"
                + "Take your time. — Jennifer Beals (@jenniferbeals) October 1, 2020\n\n"
                + "Beals had tweeted earlier in the day.\n\n"
                + "Love. — Bradley Whitford (@BradleyWhitford) October 1, 2020";
        assertThat(extract(text)).extracting(SocialPost::text).containsExactly("So so sorry.", "Take your time.", "Love.");
    }

    @Test
    void proseBeforeTheFirstTweetIsNotTakenAsTweetText() {
        String text = "Teigen revealed the loss late Wednesday night.\n\nIt was sad.\n\n"
                + "We love you, Jack — John Legend (@johnlegend) October 1, 2020";
        assertThat(extract(text)).extracting(SocialPost::text).containsExactly("We love you, Jack");
    }

    @Test
    void aRunLongerThanATweetIsNotTaken() {
        String text = "One. — A (@a) October 1, 2020\n\n" + "Long words here. ".repeat(20).strip() + "\n\n"
                + "Two. — B (@b) October 1, 2020";
        assertThat(extract(text)).extracting(SocialPost::text).containsExactly("One.", "Two.");
    }

    @Test
    void thirdPersonProseBetweenTweetsIsNotTaken() {
        String text = "One. — A (@a) October 1, 2020\n\nThe article goes on.\n\nTwo. — B (@b) October 1, 2020";
        assertThat(extract(text)).extracting(SocialPost::text).containsExactly("One.", "Two.");
    }

    @Test
    void emojiOrMentionsMakeAParagraphReadLikeAPost() {
        String text = "One. — A (@a) October 1, 2020\n\nHeartbroken 💔\n\nThinking of @chrissyteigen.\n\n"
                + "Two. — B (@b) October 1, 2020";
        assertThat(extract(text)).extracting(SocialPost::text)
                .containsExactly("One.", "Heartbroken 💔\n\nThinking of @chrissyteigen.\n\nTwo.");
    }

    @Test
    void theSameEmbedTwiceIsOnePost() {
        String text = "Love. — A (@a) October 1, 2020\n\nThe article goes on.\n\nLove. — A (@a) October 1, 2020";
        List<SocialPost> posts = extract(text);
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).provenance().position().start()).isZero();
    }

    // --- hostile input ----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"@", "—", "@—", "— (@", "(@a) ", "https://", "instagram.com/p/", "x.com/a/status/1 ",
        ")", "— A (@a) October 1, 2020 ", "— A (@a) October 1, 2020\n\n", "A\n\n"})
    void aMegabyteOfRepeatedPatternsTakesLinearTime(String unit) {
        String text = unit.repeat((1 << 20) / unit.length());
        List<SocialPost> posts = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(text));
        assertThat(posts.size()).isLessThanOrEqualTo(1);
    }

    @Test
    void emptyAndBlankTextHaveNoPosts() {
        assertThat(extract("")).isEmpty();
        assertThat(extract("   \n\n  ")).isEmpty();
    }
}
