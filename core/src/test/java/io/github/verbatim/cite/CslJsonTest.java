package io.github.verbatim.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.verbatim.Seeds;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.SocialPost;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSL-JSON of the seed articles and their posts, checked against the official CSL schema. */
class CslJsonTest {

    @Test
    void anArticleWithTitleAndOutletCitesItsArchivedOriginal() {
        Article article = SeedArticles.seed("004");
        String sha = Seeds.sha256(Seeds.seed("004"));

        assertThat(VerbatimJson.toJson(CslJson.item(article))).isEqualTo("""
                {
                  "id" : "urbanislandz-nd-john-%s",
                  "type" : "article-newspaper",
                  "title" : "John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos Amid Miscarriage",
                  "container-title" : "Urban Islandz",
                  "accessed" : {
                    "date-parts" : [ [ 2026, 11, 21 ] ]
                  },
                  "archive" : "Verbatim citation bundle",
                  "archive_location" : "data/originals/%s.txt"
                }""".formatted(sha.substring(0, 6), sha));
    }

    @Test
    void aTweetHasItsAccountAsAuthorItsWordsAsTitleAndTheDayItWasPosted() {
        SocialPost tweet = SeedArticles.johnLegendTweet();

        assertThat(VerbatimJson.toJson(CslJson.item(tweet))).isEqualTo("""
                {
                  "id" : "johnlegend-2020-love-03ed5a",
                  "type" : "post",
                  "title" : "<span class=\\"nocase\\">We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k</span>",
                  "container-title" : "X",
                  "author" : [ {
                    "literal" : "John Legend [@johnlegend]"
                  } ],
                  "issued" : {
                    "date-parts" : [ [ 2020, 10, 1 ] ]
                  },
                  "URL" : "https://x.com/johnlegend",
                  "genre" : "Post"
                }""");
    }

    @Test
    void anInstagramLinkIsDatedByItsShortcodeAndDescribedInBrackets() {
        SocialPost post = SeedArticles.seed("000").socialPosts().get(0);

        CslItem item = CslJson.item(post);

        assertThat(item.plainTitle()).isEqualTo("[Instagram post]");
        assertThat(item.containerTitle()).isEqualTo("Instagram");
        assertThat(item.url()).isEqualTo("https://www.instagram.com/p/CFyWQLWpJ3u/");
        assertThat(item.issued()).isEqualTo(CslDate.parse("2020-10-01"));
        assertThat(item.author()).isEmpty();
    }

    @Test
    void untitledArticlesGetTheirFirstWordsInBrackets() {
        assertThat(SeedArticles.all()).extracting(a -> CslJson.item(a).plainTitle()).containsExactly(
                "[Chrissy Teigen and John Legend recently suffered the loss of their third child through miscarriage…]",
                "[Our hearts are breaking this morning for Chrissy Teigen and John Legend, who announced late…]",
                "[John and Chrissy revealed she suffered a miscarriage at the end of September]",
                "[Chrissy Teigen is opening up about her miscarriage]",
                "John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos Amid Miscarriage");
    }

    @Test
    void wordsQuotedAsTitlesAreProtectedFromCaseChangesAndHeadlinesAreNot() {
        assertThat(CslJson.item(SeedArticles.seed("003")).title())
                .isEqualTo("<span class=\"nocase\">[Chrissy Teigen is opening up about her miscarriage]</span>");
        assertThat(CslJson.item(SeedArticles.seed("004")).title()).startsWith("John Legend’s Wife");
        assertThat(new CslItem("k", CslItem.POST, CslItem.verbatim("<b>x</b>"), null, List.of(), null, null, null, null,
                null, null, null).plainTitle()).isEqualTo("<b>x</b>");
    }

    @Test
    void keysAreReadableStableAndUnique() {
        References references = References.of(SeedArticles.all());
        List<String> keys = references.items().stream().map(CslItem::id).toList();

        assertThat(keys).doesNotHaveDuplicates().allMatch(k -> k.matches("[a-z0-9-]+"));
        assertThat(keys.subList(0, 5)).containsExactly(
                "anon-nd-chrissy-" + Seeds.sha256(Seeds.seed("000")).substring(0, 6),
                "herviewfromhome-nd-hearts-" + Seeds.sha256(Seeds.seed("001")).substring(0, 6),
                "anon-nd-john-" + Seeds.sha256(Seeds.seed("002")).substring(0, 6),
                "anon-2020-chrissy-" + Seeds.sha256(Seeds.seed("003")).substring(0, 6),
                "urbanislandz-nd-john-" + Seeds.sha256(Seeds.seed("004")).substring(0, 6));
        assertThat(References.of(SeedArticles.all()).items()).isEqualTo(references.items());
        assertThat(CitationKeys.of("Ñúñez O'Brien", CslDate.parse("1999"), "The Ærø Straße", "abcdef0123", 6))
                .isEqualTo("nunezobrien-1999-aero-abcdef");
    }

    @Test
    void everySeedItemValidatesAgainstTheOfficialCslSchema() throws IOException {
        List<CslItem> items = References.of(SeedArticles.all()).items();

        assertThat(items).hasSize(5 + 4 + 25);
        assertThat(cslSchema().validate(VerbatimJson.toJson(items), InputFormat.JSON)).isEmpty();
        assertThat(cslSchema().validate("[{\"id\": \"x\", \"type\": \"tweet\"}]", InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void aPostThatTwoArticlesCarryIsCitedOnce() {
        Article first = SeedArticles.seed("000");
        Article second = withId(SeedArticles.seed("003"), "1".repeat(64));
        Article copy = withPosts(second, List.of(first.socialPosts().get(0)));

        References references = References.of(List.of(first, copy));

        assertThat(references.posts()).hasSize(first.socialPosts().size());
        CitedPost shared = references.posts().get(0);
        assertThat(shared.articles()).containsExactly(first.id(), copy.id());
        assertThat(references.key(first.socialPosts().get(0))).isEqualTo(shared.key());
    }

    private static Article withId(Article article, String sha) {
        Capture c = article.capture();
        return new Article("sha256:" + sha, article.title(), article.authors(), article.publisher(), article.published(),
                article.url(), article.language(), article.text(), article.paragraphs(), article.boilerplate(),
                article.quotes(), article.socialPosts(), article.sources(),
                new Capture(sha, c.size(), c.mediaType(), "data/originals/" + sha + ".txt", c.origins()),
                article.reader(), article.provenance());
    }

    private static Article withPosts(Article a, List<SocialPost> posts) {
        return new Article(a.id(), a.title(), a.authors(), a.publisher(), a.published(), a.url(), a.language(), a.text(),
                a.paragraphs(), a.boilerplate(), a.quotes(), posts, a.sources(), a.capture(), a.reader(), a.provenance());
    }

    static Schema cslSchema() throws IOException {
        try (InputStream in = CslJsonTest.class.getResourceAsStream("/csl/csl-data.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }
}
