package io.github.verbatim.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.ReaderReport;
import io.github.verbatim.model.SocialPost;
import io.github.verbatim.model.Span;
import io.github.verbatim.read.Document;
import io.github.verbatim.text.NormalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private static final String ID = "sha256:" + "a".repeat(64);
    private static final Capture CAPTURE = new Capture("a".repeat(64), 1, "text/html", "data/originals/a.html", List.of());
    private static final String TWEET = "We are shocked and in deep pain.";
    private static final String TEXT = "The couple shared the news.\n\n" + TWEET
            + "\n— chrissy teigen (@chrissyteigen) October 1, 2020";

    @Test
    void aPostTheReaderGaveIsNotFoundAgainInItsWords() {
        NormalizedText text = NormalizedText.of(TEXT);
        int start = TEXT.indexOf(TWEET);
        SocialPost embed = new SocialPost("x", "https://x.com/chrissyteigen/status/1311539532435968001",
                "1311539532435968001", "chrissyteigen", "chrissy teigen", "2020-10-01", null, TWEET,
                text.provenance(ID, start, start + TWEET.length(), "html:embed:x", "test", 0.99));
        Document document = new Document(TEXT, List.of(new Span(0, 27), new Span(29, TEXT.length())), List.of(),
                new ReaderReport("html", "text/html", "UTF-8", List.of()), List.of(embed), List.of());

        Article article = new ArticleExtractor().extract(document, CAPTURE);

        assertThat(article.socialPosts()).containsExactly(embed);
    }

    @Test
    void postsInWordsElsewhereStillCount() {
        NormalizedText text = NormalizedText.of(TEXT);
        SocialPost other = new SocialPost("youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ", null,
                null, null, null, null, new Provenance(ID, null, null, null, "html:embed:youtube", "test", 0.99));
        Document document = new Document(TEXT, List.of(new Span(0, 27), new Span(29, TEXT.length())), List.of(),
                new ReaderReport("html", "text/html", "UTF-8", List.of()), List.of(other), List.of());

        Article article = new ArticleExtractor().extract(document, CAPTURE);

        assertThat(article.socialPosts()).extracting(SocialPost::url)
                .containsExactly("https://x.com/chrissyteigen", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(text.length()).isEqualTo(TEXT.length());
    }
}
