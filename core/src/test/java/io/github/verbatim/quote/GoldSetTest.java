package io.github.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.Seeds;
import io.github.verbatim.quote.GoldSet.GoldArticle;
import io.github.verbatim.quote.GoldSet.GoldQuote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The gold set is what docs/QUOTES.md says it is, and every annotation points at real text. */
class GoldSetTest {

    private final List<GoldArticle> gold = GoldSet.load();

    @Test
    void everyGoldTextIsFoundAtItsOccurrenceAndNestingAndOrderHold() {
        List<String> problems = new ArrayList<>();
        gold.forEach(g -> problems.addAll(g.problems()));
        assertThat(problems).isEmpty();
        for (GoldArticle g : gold) {
            for (GoldQuote q : g.quotes()) {
                assertThat(g.text().substring(GoldSet.find(g.text(), q.text(), q.occurrence())))
                        .as(g.name() + " quote " + q.index()).startsWith(q.text());
                assertThat(q.end() - q.start()).isEqualTo(q.text().codePointCount(0, q.text().length()));
            }
        }
    }

    @Test
    void coversTheFiveSeedsAndAtLeastTwentyFurtherArticles() {
        List<String> seeds = gold.stream().filter(GoldArticle::seed).map(g -> g.file().getFileName().toString())
                .sorted().toList();
        assertThat(seeds).isEqualTo(Seeds.files().stream().map(p -> p.getFileName().toString()).toList());
        assertThat(gold.stream().filter(g -> !g.seed())).hasSizeGreaterThanOrEqualTo(20);
        for (GoldArticle g : gold) {
            assertThat(g.quotes()).as(g.name()).isNotEmpty();
            String expected = g.file().getFileName().toString().replaceFirst("\\.txt$", "");
            assertThat(g.name()).as("gold file named after its article").isEqualTo(expected);
        }
    }

    @Test
    void furtherArticlesComeWithTheirLicenceAndSourceAndAreAllAnnotated() throws Exception {
        Path articles = GoldSet.dir().resolve("articles");
        assertThat(Files.readString(articles.resolve("LICENSE"))).startsWith("MIT License");
        String readme = Files.readString(articles.resolve("README.md"));
        List<String> annotated = gold.stream().filter(g -> !g.seed()).map(g -> g.file().getFileName().toString())
                .sorted().toList();
        try (Stream<Path> files = Files.list(articles)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted())
                    .containsExactlyElementsOf(annotated);
        }
        for (String name : annotated) {
            assertThat(readme).as("README names " + name).contains(name);
        }
    }

    @Test
    void theGoldSetScoredAgainstItselfIsPerfect() {
        QuoteScore.Counts all = QuoteScore.Counts.ZERO;
        for (GoldArticle g : gold) {
            List<QuoteScore.Item> items = g.quotes().stream()
                    .map(q -> new QuoteScore.Item(q.start(), q.end(), q.kind(), q.speaker())).toList();
            all = all.plus(QuoteScore.score(items, items));
        }
        assertThat(all.f1()).isEqualTo(1.0);
        assertThat(all.lenientF1()).isEqualTo(1.0);
        assertThat(all.kindAccuracy()).isEqualTo(1.0);
        assertThat(all.speakerAccuracy()).isEqualTo(1.0);
    }

    @Test
    void titlesAndOtherTextHaveNoSpeaker() {
        for (GoldArticle g : gold) {
            for (GoldQuote q : g.quotes()) {
                if (q.kind().equals("title") || q.kind().equals("other")) {
                    assertThat(q.speaker()).as(g.name() + " quote " + q.index()).isNull();
                }
            }
        }
    }
}
