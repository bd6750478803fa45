package io.github.verbatim.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Source;
import io.github.verbatim.model.SourceKind;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import io.github.verbatim.text.ParagraphSplitter;
import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceExtractorTest {

    private static final String DOCUMENT = "sha256:" + "0".repeat(64);

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();
    private final SourceExtractor extractor = new SourceExtractor();

    /** Runs the boilerplate detector and the source extractor as the pipeline does. */
    private List<Source> extract(String text) {
        NormalizedText normalized = NormalizedText.of(text);
        List<Span> all = ParagraphSplitter.split(normalized, 0);
        List<Span> boilerplate = new BoilerplateDetector().detect(new ArticleText(normalized, DOCUMENT, all));
        List<Span> body = all.stream().filter(p -> !boilerplate.contains(p)).toList();
        return extractor.extract(new ArticleText(normalized, DOCUMENT, body), boilerplate);
    }

    private static Tuple source(SourceKind kind, String name, String exact, String method) {
        return tuple(kind, name, exact, method);
    }

    private static List<Tuple> described(List<Source> sources) {
        return sources.stream().map(s -> tuple(s.kind(), s.name(), s.provenance().quote().exact(),
                s.provenance().method())).toList();
    }

    // --- the seed corpus --------------------------------------------------------------------

    @Test
    void seed000() throws Exception {
        assertThat(described(seed("000"))).containsExactly(
                source(SourceKind.PLATFORM, "Instagram", "Instagram", "source:platform-name"),
                source(SourceKind.REFERENCED, "Wild", "music video for Legend’s “Wild”", "source:titled-work"),
                source(SourceKind.PLATFORM, "Twitter", "tweeted", "source:platform-verb"));
    }

    @Test
    void seed001() throws Exception {
        assertThat(described(seed("001"))).containsExactly(
                source(SourceKind.PLATFORM, "Instagram", "Instagram", "source:platform-name"),
                source(SourceKind.RELATED, "The Pain of Pregnancy Loss Has Made Me Who I Am Today",
                        "The Pain of Pregnancy Loss Has Made Me Who I Am Today", "source:related-line"),
                source(SourceKind.PLATFORM, "Twitter", "Twitter", "source:platform-name"),
                source(SourceKind.RELATED, "There is So Much More To the Loss Mom’s Story Than Meets the Eye",
                        "There is So Much More To the Loss Mom’s Story Than Meets the Eye", "source:related-line"),
                source(SourceKind.PUBLISHER, "Her View From Home", "Her View From Home", "source:footer-brand"));
    }

    @Test
    void seed002() throws Exception {
        assertThat(described(seed("002"))).containsExactly(
                source(SourceKind.PLATFORM, "Instagram", "Instagram", "source:platform-name"),
                source(SourceKind.REFERENCED, "Billboard Music Awards", "Billboard Music Awards performance",
                        "source:event-appearance"),
                source(SourceKind.REFERENCED, "Never Break", "his song Never Break", "source:named-work"),
                source(SourceKind.PLATFORM, "Twitter", "Twitter", "source:platform-name"),
                source(SourceKind.CITED, "NHS Choices", "NHS Choices", "source:source-line"),
                source(SourceKind.REFERENCED, "Wild", "John's new single, Wild", "source:named-work"),
                source(SourceKind.CITED, "NHS", "NHS", "source:authority-says"),
                source(SourceKind.REFERENCED, "The Cut", "told The Cut", "source:interview"),
                source(SourceKind.REFERENCED, "FABLife", "appeared on ABC show FABLife", "source:tv-appearance"),
                source(SourceKind.REPUBLISHED_FROM, "Daily Mail Online", "Daily Mail Online",
                        "source:republication-note"));
    }

    @Test
    void seed003() throws Exception {
        assertThat(described(seed("003"))).containsExactly(
                source(SourceKind.REFERENCED, "Wild", "Legend’s music video for “Wild”", "source:titled-work"),
                source(SourceKind.PLATFORM, "Instagram", "Instagram", "source:platform-name"),
                source(SourceKind.CITED, "NHS", "NHS", "source:according-to"));
    }

    @Test
    void seed004() throws Exception {
        assertThat(described(seed("004"))).containsExactly(
                source(SourceKind.PLATFORM, "Instagram", "Instagram", "source:platform-name"),
                source(SourceKind.PUBLISHER, "Urban Islandz", "Urban Islandz", "source:sign-off"));
    }

    @Test
    void everySeedSourcesProvenanceQuotesTheTextAtItsPosition() throws Exception {
        for (var file : Seeds.files()) {
            Article article = verbatim.extract(file);
            for (Source source : article.sources()) {
                var position = source.provenance().position();
                String text = article.text();
                String at = text.substring(text.offsetByCodePoints(0, position.start()),
                        text.offsetByCodePoints(0, position.end()));
                assertThat(source.provenance().quote().exact()).isEqualTo(at);
                assertThat(source.provenance().document()).isEqualTo(article.id());
                assertThat(source.url()).isNull();
            }
        }
    }

    @Test
    void theSignOffsPublisherIsTheArticlesPublisher() throws Exception {
        Article islandz = verbatim.extract(Seeds.seed("004"));
        assertThat(islandz.publisher().name()).isEqualTo("Urban Islandz");
        assertThat(islandz.sources()).filteredOn(s -> s.kind() == SourceKind.PUBLISHER).hasSize(1);
        Article mothers = verbatim.extract(Seeds.seed("001"));
        assertThat(mothers.publisher().name()).isEqualTo("Her View From Home");
        assertThat(verbatim.extract(Seeds.seed("002")).publisher()).isNull();
    }

    private List<Source> seed(String number) throws Exception {
        return verbatim.extract(Seeds.seed(number)).sources();
    }

    // --- rules ------------------------------------------------------------------------------

    @Test
    void republicationNotes() {
        assertThat(extract("News.\n\nThis story originally appeared on The Conversation.\n\n"
                + "Republished with permission from Vox Media.\n\nThis article was first published by Example News, "
                + "a partner."))
                .extracting(Source::kind, Source::name).containsExactly(
                        tuple(SourceKind.REPUBLISHED_FROM, "The Conversation"),
                        tuple(SourceKind.REPUBLISHED_FROM, "Vox Media"),
                        tuple(SourceKind.REPUBLISHED_FROM, "Example News"));
    }

    @Test
    void citedAuthorities() {
        List<Source> sources = extract("According to the Centers for Disease Control and Prevention, it is rare. "
                + "The CDC says: rest. According to TMZ, she left. according to the couple, no.\n\n"
                + "Source: Office for National Statistics\n\nAccording to John, it was fine. Teigen says: hello. "
                + "The Mayo Clinic advises, drink water.");
        assertThat(sources).extracting(Source::kind, Source::name).containsExactly(
                tuple(SourceKind.CITED, "Centers for Disease Control and Prevention"),
                tuple(SourceKind.CITED, "CDC"),
                tuple(SourceKind.CITED, "TMZ"),
                tuple(SourceKind.CITED, "Office for National Statistics"),
                tuple(SourceKind.CITED, "Mayo Clinic"));
    }

    @Test
    void relatedLinesWithAndWithoutUrl() {
        List<Source> sources = extract("News.\n\nREAD MORE: Another Story Here https://example.com/another\n\n"
                + "Related: A Second Story\n\nThe end.");
        assertThat(sources).extracting(Source::kind, Source::name, Source::url).containsExactly(
                tuple(SourceKind.RELATED, "Another Story Here", "https://example.com/another"),
                tuple(SourceKind.RELATED, "A Second Story", null));
    }

    @Test
    void referencedWorksNeedWordsThatSayWhatTheyAre() {
        List<Source> sources = extract("She sang her new single, Lights Out, on stage. The “Wild” music video "
                + "aired. He appeared on Good Morning America and told People magazine about it. "
                + "She performed at the Grammy Awards and spoke in an interview with CNN.");
        assertThat(sources).extracting(Source::name).containsExactly("Lights Out", "Wild", "Good Morning America",
                "People", "Grammy Awards", "CNN");
        assertThat(sources).allMatch(s -> s.kind() == SourceKind.REFERENCED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Chrissy Teigen and John Legend were expecting their third child in Los Angeles.",
        "She told reporters on Monday that she was fine.", "He appeared on Monday at Cedars-Sinai Medical Center.",
        "The Billboard Music Awards were held on Wednesday night.", "Her song was sad.",
        "Lyrics like “Who knows about tomorrow?” proved especially poignant.",
        "Teigen says: I love you. Chrissy would like to thank her fans.",
        "We would like to express our condolences.", "The threads of the story came together.",
        "Follow her at instagram.com/chrissyteigen or #Instagram or @Twitter."})
    void ordinaryProseNamesNoSource(String paragraph) {
        assertThat(extract(paragraph)).isEmpty();
    }

    @Test
    void anAppearanceOnAPlatformIsThePlatformNotAShow() {
        assertThat(extract("She appeared on Instagram Live.")).extracting(Source::kind, Source::name)
                .containsExactly(tuple(SourceKind.PLATFORM, "Instagram"));
    }

    @Test
    void platformsOnceEachAtTheirFirstMention() {
        List<Source> sources = extract("She posted on Instagram, then on Threads, then in an X post. "
                + "Her Instagram story followed; she tweeted too and wrote on Twitter and Facebook.");
        assertThat(sources).extracting(Source::kind, Source::name, s -> s.provenance().quote().exact())
                .containsExactly(
                        tuple(SourceKind.PLATFORM, "Instagram", "Instagram"),
                        tuple(SourceKind.PLATFORM, "Threads", "Threads"),
                        tuple(SourceKind.PLATFORM, "X", "X"),
                        tuple(SourceKind.PLATFORM, "Twitter", "tweeted"),
                        tuple(SourceKind.PLATFORM, "Facebook", "Facebook"));
    }

    @Test
    void signOffsInTheOutletsVoice() {
        assertThat(extract("News.\n\nEveryone at The Example Times sends love.")).extracting(Source::name)
                .containsExactly("The Example Times");
        assertThat(extract("News. Example Daily extends its sympathies to the family.")).extracting(Source::name)
                .containsExactly("Example Daily");
    }

    @Test
    void aMegabyteOfHostileTextTakesLinearTime() {
        for (String unit : List.of("@", "—", "A", "A ", "Aa ", ". ", "“", ")", "According to the ", "Source: ",
                "RELATED: ", "Instagram ", "music video for “", "A A A A Awards ", "his song ", "told The ",
                "appeared on ", "Urban Islandz would like to express our ", "This article is republished from ",
                "x\n\n")) {
            String text = unit.repeat((1 << 20) / unit.length());
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> extract(text), unit);
        }
    }
}
