package io.github.verbatim.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.Span;
import io.github.verbatim.read.MetadataField;
import io.github.verbatim.read.MetadataValue;
import io.github.verbatim.text.NormalizedText;
import io.github.verbatim.text.ParagraphSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextMetadataExtractorTest {

    private static final String DOCUMENT = "sha256:" + "0".repeat(64);

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();
    private final TextMetadataExtractor extractor = new TextMetadataExtractor();

    @TempDir
    Path dir;

    private List<MetadataValue> extract(String text) {
        NormalizedText normalized = NormalizedText.of(text);
        List<Span> all = ParagraphSplitter.split(normalized, 0);
        List<Span> boilerplate = new BoilerplateDetector().detect(new ArticleText(normalized, DOCUMENT, all));
        List<Span> body = all.stream().filter(p -> !boilerplate.contains(p)).toList();
        return extractor.extract(new ArticleText(normalized, DOCUMENT, body), boilerplate);
    }

    private List<String> authors(String text) {
        return extract(text).stream().filter(v -> v.field() == MetadataField.AUTHOR).map(MetadataValue::value).toList();
    }

    private static final String BODY = "\n\nChrissy Teigen and John Legend lost their third child, the couple said.";

    @ParameterizedTest
    @ValueSource(strings = {"By Jane Doe", "BY Jane Doe", "Written by Jane Doe", "By Jane Doe, Staff Writer",
        "Jane Doe, Staff Writer", "Jane Doe, Senior Entertainment Reporter", "By Jane Doe | Example News",
        "By Jane Doe for Example News", "By Jane Doe — Published 3:00 PM", "By Jane Doe\nUpdated Oct. 1, 2020"})
    void oneAuthor(String byline) {
        assertThat(authors(byline + BODY)).containsExactly("Jane Doe");
    }

    @Test
    void severalAuthorsInTheirOrder() {
        assertThat(authors("By Jane Doe and John Roe" + BODY)).containsExactly("Jane Doe", "John Roe");
        assertThat(authors("By Jane Doe, John Roe & Ann Poe" + BODY)).containsExactly("Jane Doe", "John Roe", "Ann Poe");
        assertThat(authors("By Jane Doe, John Roe, and Ann Poe, Staff Writers" + BODY))
                .containsExactly("Jane Doe", "John Roe", "Ann Poe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Ana Navarro-Cárdenas", "By Ashley C. Ford", "By Ludwig van Beethoven",
        "By Mary O’Neil", "By JANE DOE", "By Martin Luther King Jr."})
    void namesOfManyShapes(String byline) {
        assertThat(authors(byline + BODY)).containsExactly(byline.substring(3));
    }

    @Test
    void eachAuthorsProvenanceIsItsNameInTheByline() {
        List<MetadataValue> values = extract("Headline words\n\nBy Jane Doe and John Roe" + BODY);
        assertThat(values).extracting(MetadataValue::field, MetadataValue::value, v -> v.provenance().quote().exact(),
                v -> v.provenance().position().start(), v -> v.provenance().method()).containsExactly(
                        tuple(MetadataField.AUTHOR, "Jane Doe", "Jane Doe", 19, "text:byline"),
                        tuple(MetadataField.AUTHOR, "John Roe", "John Roe", 32, "text:byline"));
        assertThat(values.get(0).provenance().quote().prefix()).endsWith("By ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"By Associated Press", "By Daily Mail Reporter", "By Cher", "By Reuters",
        "By the time she arrived, the news had spread.", "By Sunday, Teigen had been hospitalized.",
        "By Staff Writer", "By CNN Staff", "By Example News Desk", "By Jane", "By jane doe",
        "By Jane Doe who wrote “this”", "By 2020 Example Team", "Lisa Vanderpump, the reality star, said so."})
    void notAuthors(String line) {
        assertThat(authors(line + BODY)).isEmpty();
    }

    @Test
    void thePublishersNameIsNeverAnAuthor() {
        assertThat(authors("By Urban Islandz" + BODY + "\n\nUrban Islandz would also like to express our condolences."))
                .isEmpty();
    }

    @Test
    void aBylineDeepInTheArticleIsNotOne() {
        StringBuilder text = new StringBuilder("First.");
        for (int i = 0; i < 10; i++) {
            text.append("\n\nParagraph ").append(i).append(" of the story.");
        }
        text.insert(text.indexOf("Paragraph 5"), "By Jane Doe\n\n");
        assertThat(authors(text.toString())).isEmpty();
    }

    @Test
    void seed004sPublisherFromItsSignOff() throws Exception {
        Article article = verbatim.extract(Seeds.seed("004"));
        Provenance provenance = article.provenance().get("publisher");
        assertThat(article.publisher().name()).isEqualTo("Urban Islandz");
        assertThat(provenance.method()).isEqualTo("source:sign-off");
        assertThat(provenance.quote().exact()).isEqualTo("Urban Islandz");
        assertThat(provenance.quote().suffix()).isEqualTo(" would also like to express our ");
        assertThat(provenance.document()).isEqualTo(article.id());
    }

    @Test
    void seed001sPublisherFromItsFooterBrand() throws Exception {
        Article article = verbatim.extract(Seeds.seed("001"));
        assertThat(article.publisher().name()).isEqualTo("Her View From Home");
        assertThat(article.provenance().get("publisher").method()).isEqualTo("source:footer-brand");
    }

    @Test
    void noSeedHasAByline() throws Exception {
        for (Path seed : Seeds.files()) {
            Article article = verbatim.extract(seed);
            assertThat(article.authors()).as(seed.toString()).isEmpty();
            assertThat(article.provenance()).doesNotContainKey("authors");
        }
        assertThat(verbatim.extract(Seeds.seed("000")).publisher()).isNull();
        assertThat(verbatim.extract(Seeds.seed("003")).publisher()).isNull();
    }

    @Test
    void theArticlesAuthorsComeFromItsByline() throws Exception {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, "A Headline In Title Case\n\nBy Jane Doe and John Roe\n\nThe story begins here. It "
                + "goes on.\n\nAnd ends.\n");
        Article article = verbatim.extract(file);
        assertThat(article.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(article.provenance().get("authors").method()).isEqualTo("text:byline");
        assertThat(article.provenance().get("authors").quote().exact()).isEqualTo("Jane Doe");
    }

    @Test
    void aMegabyteOfHostileTextTakesLinearTime() {
        for (String unit : List.of("By ", "By Jane ", "@", "—", "A, ", "Jane Doe, ", "x\n", "By A and ",
                "Everyone at ")) {
            String text = unit.repeat((1 << 20) / unit.length());
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(text), unit);
        }
    }
}
