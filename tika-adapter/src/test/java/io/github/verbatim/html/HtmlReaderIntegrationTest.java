package io.github.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.read.ArticleReader;
import io.github.verbatim.tika.TikaReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The HTML reader as Verbatim finds and uses it: through ServiceLoader, into articles and bundles. */
@Timeout(60)
class HtmlReaderIntegrationTest {

    private static final String PAGE = Pages.article("""
            <title>Harbour Bridge Reopens | The Daily Example</title>
            <meta property="og:site_name" content="The Daily Example">
            <link rel="canonical" href="https://news.example.org/bridge">
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
              "headline": "Harbour Bridge Reopens", "datePublished": "2020-10-01T08:00:00Z",
              "author": {"@type": "Person", "name": "Jane Reporter"}}</script>""", """
            <p>“We never gave up,” said the mayor, Ada Stone, as the first cars crossed the rebuilt bridge on Monday.</p>
            <p>The figures come from <a href="https://www.ons.gov.uk/traffic">a report by the statistics office</a>,
              which counted every crossing in the two years the bridge was closed.</p>
            %s%s
            <p>Tolls will stay at their old level until the end of the year, the council said in a statement.</p>
            """.formatted(EmbedPostsTest.TWEET, EmbedPostsTest.YOUTUBE));

    @TempDir
    Path dir;

    @Test
    void verbatimReadsHtmlWithTheHtmlReaderAheadOfTika() throws Exception {
        ArticleReader html = ServiceLoader.load(ArticleReader.class).stream().map(ServiceLoader.Provider::get)
                .filter(r -> r instanceof HtmlReader).findFirst().orElseThrow();
        assertThat(html.reads("text/html")).isTrue();
        assertThat(html.reads("application/xhtml+xml")).isTrue();
        assertThat(html.reads("application/pdf")).isFalse();
        assertThat(html.priority()).isGreaterThan(TikaReader.PRIORITY);

        Path file = Files.writeString(dir.resolve("bridge.html"), PAGE);
        Article article = Verbatim.create().extract(file);

        assertThat(article.reader().name()).isEqualTo("html");
        assertThat(article.reader().charset()).isEqualTo("UTF-8");
        assertThat(article.title()).isEqualTo("Harbour Bridge Reopens");
        assertThat(article.authors()).containsExactly("Jane Reporter");
        assertThat(article.published()).isEqualTo("2020-10-01T08:00:00Z");
        assertThat(article.url()).isEqualTo("https://news.example.org/bridge");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.publisher().name()).isEqualTo("The Daily Example");
        assertThat(article.provenance().get("published").method()).isEqualTo("html:json-ld:datePublished");
    }

    @Test
    void anEmbeddedTweetIsOnePostWhoseWordsAreQuotedAsItsAuthors() throws Exception {
        Path file = Files.writeString(dir.resolve("bridge.html"), PAGE);

        Article article = Verbatim.create().extract(file);

        // The reader's post, from the embed's markup; not a second one from the same words.
        assertThat(article.socialPosts()).extracting(SocialPost::platform, SocialPost::url).containsExactly(
                org.assertj.core.api.Assertions.tuple("x", "https://x.com/chrissyteigen/status/1311539532435968001"),
                org.assertj.core.api.Assertions.tuple("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"));
        assertThat(article.sources()).anySatisfy(s -> assertThat(s.url()).isEqualTo("https://www.ons.gov.uk/traffic"));
        assertThat(article.quotes()).anySatisfy(q -> {
            assertThat(q.text()).isEqualTo("We never gave up,");
            assertThat(q.speaker().name()).isEqualTo("Ada Stone");
        });
        assertThat(article.quotes()).anySatisfy(q -> {
            assertThat(q.text()).startsWith("We are shocked");
            assertThat(q.speaker().name()).isEqualTo("chrissy teigen");
            assertThat(q.socialPost()).isEqualTo("https://x.com/chrissyteigen/status/1311539532435968001");
        });
    }

    @Test
    void bundledHtmlArticlesValidateAgainstTheSchemaAndReadBackEqual() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("bridge.html"), PAGE);
        Files.writeString(in.resolve("embeds.html"), Pages.article("", "<p>" + MainTextTest.sentence(1) + "</p>"
                + EmbedPostsTest.INSTAGRAM + EmbedPostsTest.THREADS + EmbedPostsTest.MASTODON + EmbedPostsTest.FACEBOOK
                + EmbedPostsTest.TIKTOK + EmbedPostsTest.BLUESKY));
        Path out = dir.resolve("bag");

        BundleResult result = Verbatim.create().bundle(List.of(in), out);

        assertThat(result.failures()).isEmpty();
        assertThat(result.articles()).hasSize(2).allSatisfy(a -> assertThat(a.reader().name()).isEqualTo("html"));
        Schema schema;
        try (InputStream s = VerbatimJson.schema(VerbatimJson.ARTICLE_SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(s);
        }
        for (Article article : result.articles()) {
            String json = Files.readString(out.resolve("data/articles/" + article.capture().sha256() + ".json"));
            assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
            assertThat(VerbatimJson.read(json.getBytes(StandardCharsets.UTF_8), Article.class)).isEqualTo(article);
        }
        assertThat(Verbatim.create().verify(out).valid()).isTrue();
    }
}
