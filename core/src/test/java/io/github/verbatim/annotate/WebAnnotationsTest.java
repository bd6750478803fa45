package io.github.verbatim.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed bundle's annotations.jsonld: one W3C Web Annotation per quote, each selecting its words in the original. */
class WebAnnotationsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");

    @TempDir
    static Path dir;

    static Path bag;
    static BundleResult bundle;
    static JsonNode collection;

    @BeforeAll
    static void bundleSeeds() throws Exception {
        bag = dir.resolve("bag");
        bundle = Verbatim.builder().serviceLoader(false).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()
                .bundle(List.of(Seeds.dir()), bag);
        collection = new ObjectMapper().readTree(bag.resolve("data/annotations.jsonld").toFile());
    }

    @Test
    void isAnAnnotationCollectionInTheW3cContextWithEveryQuoteNestedOnesIncluded() {
        int quotes = bundle.articles().stream().mapToInt(a -> count(a.quotes())).sum();

        assertThat(collection.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(collection.get("total").asInt()).isEqualTo(quotes).isEqualTo(90);
        assertThat(collection.at("/first/type").asText()).isEqualTo("AnnotationPage");
        assertThat(collection.at("/first/items")).hasSize(quotes);
        assertThat(collection.at("/creator/name").asText()).startsWith("Verbatim ");
        Set<String> ids = new HashSet<>();
        collection.at("/first/items").forEach(a -> ids.add(a.get("id").asText()));
        assertThat(ids).hasSize(quotes);
    }

    @Test
    void eachTargetSelectsTheQuotedWordsInTheArchivedOriginal() throws Exception {
        for (JsonNode annotation : collection.at("/first/items")) {
            JsonNode target = annotation.get("target");
            String source = target.at("/source/id").asText();
            assertThat(source).matches("originals/[0-9a-f]{64}\\.txt");
            String original = Files.readString(bag.resolve("data").resolve(source));
            JsonNode position = target.at("/selector/0");
            JsonNode quote = target.at("/selector/1");
            assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
            assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
            int start = original.offsetByCodePoints(0, position.get("start").asInt());
            int end = original.offsetByCodePoints(0, position.get("end").asInt());
            assertThat(original.substring(start, end)).as(annotation.get("id").asText()).isEqualTo(quote.get("exact").asText());
            assertThat(original.substring(0, start)).endsWith(quote.get("prefix").asText());
            assertThat(original.substring(end)).startsWith(quote.get("suffix").asText());
        }
    }

    @Test
    void aStatementNamesItsSpeakerAndKindExactly() throws Exception {
        String sha = Seeds.sha256(Seeds.seed("004"));
        JsonNode doc = new ObjectMapper().readTree(WebAnnotations.document(bundle.articles(), (a, q) -> null, NOW));
        JsonNode annotation = null;
        for (JsonNode a : doc.at("/first/items")) {
            if (a.get("id").asText().equals(WebAnnotations.TAG + "quote/" + sha + "/648-795")) {
                annotation = a;
            }
        }

        assertThat(annotation).isNotNull();
        assertThat(annotation.toPrettyString()).isEqualTo("""
                {
                  "id" : "tag:verbatim.github.io,2026:quote/%1$s/648-795",
                  "type" : "Annotation",
                  "motivation" : "describing",
                  "created" : "2026-11-21T10:15:30Z",
                  "body" : [ {
                    "type" : "TextualBody",
                    "purpose" : "identifying",
                    "value" : "Chrissy Teigen"
                  }, {
                    "type" : "TextualBody",
                    "purpose" : "classifying",
                    "value" : "statement"
                  } ],
                  "target" : {
                    "type" : "SpecificResource",
                    "source" : {
                      "id" : "originals/%1$s.txt",
                      "type" : "Text",
                      "format" : "text/plain"
                    },
                    "selector" : [ {
                      "type" : "TextPositionSelector",
                      "start" : 648,
                      "end" : 795
                    }, {
                      "type" : "TextQuoteSelector",
                      "exact" : "We were never able to stop the bleeding and give our baby the fluids he needed, despite bags and bags of blood transfusions. It just wasn’t enough.",
                      "prefix" : "e media.\\n\\nAs Chrissy explains, “",
                      "suffix" : "” Earlier this month, the 39-yea"
                    } ]
                  }
                }""".formatted(sha));
    }

    @Test
    void aQuoteInAClusterLinksTheClusterAndItsPost() throws Exception {
        Article article = bundle.articles().get(0);
        Quote first = article.quotes().get(0);

        JsonNode doc = new ObjectMapper().readTree(WebAnnotations.document(List.of(article),
                (a, q) -> q == first ? "q1" : null, null));

        JsonNode body = doc.at("/first/items/0/body");
        assertThat(body.toString()).contains("{\"id\":\"collection.json#q1\",\"purpose\":\"linking\"}",
                "{\"id\":\"https://www.instagram.com/p/CFyWQLWpJ3u/\",\"purpose\":\"linking\"}");
        assertThat(doc.at("/first/items/1/body").toString()).doesNotContain("collection.json#");
        assertThat(doc.has("created")).isFalse();
    }

    private static int count(List<Quote> quotes) {
        return quotes.stream().mapToInt(q -> 1 + count(q.nested())).sum();
    }
}
