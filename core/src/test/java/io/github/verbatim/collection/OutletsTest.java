package io.github.verbatim.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.verbatim.Verbatim;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Origin;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which outlet an article counts for, and corroboration counting each outlet once. */
class OutletsTest {

    private static final String STATEMENT = "“We were never able to stop the bleeding and give our baby the fluids he "
            + "needed,” she wrote.";

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();

    @TempDir
    Path dir;

    private Article article(String name, String prefix) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, prefix + " " + STATEMENT);
        return verbatim.extract(file);
    }

    private static Article with(Article a, @Nullable String publisher, @Nullable String url, List<Source> sources) {
        Provenance p = new Provenance(a.id(), null, null, null, "test", "test", 1);
        return new Article(a.id(), a.title(), a.authors(),
                publisher == null ? null : new Source(SourceKind.PUBLISHER, publisher, null, p), a.published(), url,
                a.language(), a.text(), a.paragraphs(), a.boilerplate(), a.quotes(), a.socialPosts(), sources,
                a.capture(), a.reader(), a.provenance());
    }

    @Test
    void aRepublicationCountsOnceWithTheOutletItCameFrom() throws Exception {
        Article original = with(article("a.txt", "One."), null, "https://www.dailymail.co.uk/news/article-1.html",
                List.of());
        Article copy = article("b.txt", "Two.");
        Provenance p = new Provenance(copy.id(), null, null, null, "test", "test", 1);
        copy = with(copy, "Yahoo News", null, List.of(new Source(SourceKind.REPUBLISHED_FROM, "Daily Mail Online", null, p)));
        Article other = with(article("c.txt", "Three."), "The Cut", null, List.of());

        CollectionAnalysis analysis = verbatim.analyze(List.of(original, copy, other));
        assertThat(analysis.outlets()).extracting(Outlet::name, Outlet::basis, o -> o.articles().size(),
                o -> o.republications().size()).containsExactly(
                tuple("Daily Mail Online", Outlet.Basis.REPUBLISHED_FROM, 2, 1),
                tuple("The Cut", Outlet.Basis.PUBLISHER, 1, 0));
        assertThat(analysis.clusters()).singleElement().satisfies(c -> {
            assertThat(c.members()).hasSize(3);
            assertThat(c.corroboration()).isEqualTo(new Corroboration(2, 3, List.of("Daily Mail Online", "The Cut")));
        });
    }

    @Test
    void withoutAPublisherTheHostOfTheUrlOrOfTheCaptureElseTheArticleItself() throws Exception {
        Article byUrl = with(article("a.txt", "One."), null, "https://m.example.com/story", List.of());
        Article captured = article("b.txt", "Two.");
        Capture c = captured.capture();
        captured = captured.withCapture(new Capture(c.sha256(), c.size(), c.mediaType(), c.archivedAs(),
                List.of(new Origin("url", "https://www.example.com/other", Instant.EPOCH, null))));
        Article alone = article("c.txt", "Three.");

        CollectionAnalysis analysis = verbatim.analyze(List.of(byUrl, captured, alone));
        assertThat(analysis.outlets()).extracting(Outlet::name, Outlet::basis).containsExactly(
                tuple("example.com", Outlet.Basis.URL_HOST), tuple(alone.id(), Outlet.Basis.ARTICLE));
        assertThat(analysis.clusters().get(0).corroboration().outlets()).isEqualTo(2);
    }

    @Test
    void namesAndHostsCompareLoosely() {
        assertThat(Outlets.key("Daily Mail Online")).isEqualTo(Outlets.key("www.dailymail.co.uk"));
        assertThat(Outlets.key("The Guardian")).isEqualTo(Outlets.key("theguardian.com"))
                .isEqualTo(Outlets.key("Guardian"));
        assertThat(Outlets.key("Fox News")).isEqualTo(Outlets.key("foxnews.com"));
    }
}
