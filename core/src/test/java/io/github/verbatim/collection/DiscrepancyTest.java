package io.github.verbatim.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.verbatim.Verbatim;
import io.github.verbatim.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facts stated differently are reported with every side; facts stated alike, or not facts, are not. */
class DiscrepancyTest {

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();

    @TempDir
    Path dir;

    private List<Discrepancy> discrepancies(String... texts) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Path file = dir.resolve("article-" + i + ".txt");
            Files.writeString(file, texts[i]);
            articles.add(verbatim.extract(file));
        }
        return verbatim.analyze(articles).discrepancies();
    }

    @Test
    void agesOfOnePersonAcrossArticlesNamedInFullOrNot() throws Exception {
        List<Discrepancy> found = discrepancies(
                "Jane Doe, 34, opened the new library on Monday. The mayor thanked her.",
                "The library opened on Monday. Doe (36) cut the ribbon herself.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("Jane Doe");
            assertThat(d.attribute()).isEqualTo("age");
            assertThat(d.values()).extracting(StatedValue::value).containsExactly("34", "36");
            assertThat(d.values().get(1).statements().get(0).quote().exact()).isEqualTo("Doe (36");
            assertThat(d.values().get(1).statements().get(0).method()).isEqualTo("fact:age-appositive");
        });
    }

    @Test
    void agesInWordsAndAgesOfARoleAgreeWhenTheyAgree() throws Exception {
        assertThat(discrepancies(
                "Actor John Smith spoke on Monday. The 52-year-old actor said the film was finished.",
                "John Smith, fifty-two, and his daughter Ann Smith, 9, arrived late.",
                "The 9-year-old girl Ann waved to the crowd.")).isEmpty();
    }

    @Test
    void theAgeOfARoleBelongsToWhoTheSentenceBeforeIsAbout() throws Exception {
        List<Discrepancy> found = discrepancies(
                "Mary Major spoke first. The 41-year-old senator said nothing new.",
                "Mary Major, 44, spoke after Tom Minor.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("Mary Major");
            assertThat(d.values()).extracting(StatedValue::value).containsExactly("41", "44");
            assertThat(d.values().get(0).statements().get(0).method()).isEqualTo("fact:age-of-role");
        });
    }

    @Test
    void notAges() throws Exception {
        assertThat(discrepancies(
                "A 2-year-old boy was found by Jane Doe, 34, on Monday. Jane Doe, 2016, was not an age.",
                "Jane Doe, 34, said the boy was well.")).isEmpty();
    }

    @Test
    void countsDifferWithinOneArticleOrAcross() throws Exception {
        List<Discrepancy> within = discrepancies(
                "The post included five black and white photos. Later, the four photos were deleted.");
        assertThat(within).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("photos");
            assertThat(d.values()).extracting(StatedValue::value).containsExactly("five", "four");
        });
        List<Discrepancy> across = discrepancies("Rescuers found 12 survivors in the rubble.",
                "Rescuers found eleven survivors in the rubble.");
        assertThat(across).singleElement().satisfies(d -> assertThat(d.values()).extracting(StatedValue::value)
                .containsExactly("12", "eleven"));
    }

    @Test
    void unitsRatiosAndQuotedWordsAreNotCounts() throws Exception {
        assertThat(discrepancies(
                "She rested for two weeks. About 1 in 8 pregnancies end early. \"I have five children,\" Jane Doe said.",
                "She rested for three weeks. About 1 in 4 pregnancies end early. Jane Doe has four children.")).isEmpty();
    }

    @Test
    void datesOfAnEventConflictOnlyInWhatBothGive() throws Exception {
        List<Discrepancy> found = discrepancies(
                "Jane Doe and John Roe married in 2013.",
                "Jane Doe and John Roe have two children. The couple wed in June 2014.",
                "Doe and Roe got married in June 2013, friends said.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("Jane Doe and John Roe");
            assertThat(d.attribute()).isEqualTo("date");
            assertThat(d.event()).isEqualTo("married");
            assertThat(d.values()).extracting(StatedValue::value).containsExactly("2013", "June 2014", "June 2013");
        });
    }

    @Test
    void placesOfAnEventThroughAPronoun() throws Exception {
        List<Discrepancy> found = discrepancies(
                "Jane Doe was born in Ohio.",
                "John Roe waved. Jane Doe said she was proud. She was born in Utah, her mother said.");
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("Jane Doe");
            assertThat(d.attribute()).isEqualTo("place");
            assertThat(d.event()).isEqualTo("born");
            assertThat(d.values()).extracting(v -> v.value(), v -> v.statements().get(0).quote().exact())
                    .containsExactly(tuple("Ohio", "born in Ohio"), tuple("Utah", "born in Utah"));
        });
        assertThat(discrepancies("Jane Doe was admitted to Mercy Hospital in Dayton on Sunday.",
                "Jane Doe was hospitalized at Mercy Hospital on Sunday night.")).isEmpty();
    }
}
