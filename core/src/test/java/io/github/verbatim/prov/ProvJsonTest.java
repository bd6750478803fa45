package io.github.verbatim.prov;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.Seeds;
import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed bundle's provenance.json in PROV-JSON: what came from where, made by which software, when. */
class ProvJsonTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final List<String> RECORDS = List.of("entity", "activity", "agent");
    private static final Map<String, List<String>> ROLES = Map.of(
            "wasGeneratedBy", List.of("prov:entity", "prov:activity"),
            "used", List.of("prov:activity", "prov:entity"),
            "wasDerivedFrom", List.of("prov:generatedEntity", "prov:usedEntity", "prov:activity"),
            "wasAttributedTo", List.of("prov:entity", "prov:agent"),
            "wasAssociatedWith", List.of("prov:activity", "prov:agent"));

    @TempDir
    static Path dir;

    static JsonNode prov;

    @BeforeAll
    static void bundleSeeds() throws Exception {
        Path bag = dir.resolve("bag");
        BundleResult bundle = Verbatim.builder().serviceLoader(false).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()
                .bundle(List.of(Seeds.dir()), bag);
        assertThat(bundle.articles()).hasSize(5);
        prov = new ObjectMapper().readTree(bag.resolve("data/provenance.json").toFile());
    }

    @Test
    void hasOnlyPropJsonSectionsAndDeclaresItsPrefixes() {
        List<String> sections = new ArrayList<>();
        prov.fieldNames().forEachRemaining(sections::add);

        assertThat(sections).containsExactlyInAnyOrder("prefix", "entity", "activity", "agent", "wasGeneratedBy", "used",
                "wasDerivedFrom", "wasAttributedTo", "wasAssociatedWith");
        assertThat(prov.get("prefix").toString()).isEqualTo(
                "{\"sha256\":\"nih:sha-256;\",\"verbatim\":\"https://github.com/verbatim/verbatim/ns#\"}");
    }

    @Test
    void everyRelationNamesRecordsTheDocumentDeclares() {
        ROLES.forEach((relation, roles) -> {
            assertThat(prov.get(relation).properties()).as(relation).isNotEmpty();
            for (Map.Entry<String, JsonNode> e : prov.get(relation).properties()) {
                assertThat(e.getKey()).startsWith("_:" + relation);
                for (String role : roles) {
                    String id = e.getValue().path(role).asText(null);
                    if (id != null) {
                        assertThat(RECORDS.stream().anyMatch(r -> prov.path(r).has(id))).as(relation + " " + role + " " + id)
                                .isTrue();
                    }
                }
            }
        });
    }

    @Test
    void theSoftwareAgentIsVerbatimWithItsVersion() {
        JsonNode agent = prov.at("/agent/verbatim:software");

        assertThat(agent.at("/prov:type/$").asText()).isEqualTo("prov:SoftwareAgent");
        assertThat(agent.at("/prov:type/type").asText()).isEqualTo("xsd:QName");
        assertThat(agent.get("prov:label").asText()).isEqualTo("Verbatim " + SoftwareAgent.VERSION);
        assertThat(agent.get("verbatim:version").asText()).isEqualTo(SoftwareAgent.VERSION);
    }

    @Test
    void eachOriginalComesFromItsInputByACaptureAndGivesTextThenAnArticle() {
        for (Path seed : Seeds.files()) {
            String sha = Seeds.sha256(seed);
            JsonNode original = prov.at("/entity/sha256:" + sha);
            assertThat(original.get("verbatim:path").asText()).isEqualTo("data/originals/" + sha + ".txt");
            assertThat(original.get("verbatim:mediaType").asText()).isEqualTo("text/plain");
            assertThat(prov.at("/entity/verbatim:input~1" + sha + "~11/prov:location").asText()).endsWith(
                    seed.getFileName().toString());
            JsonNode capture = prov.at("/activity/verbatim:capture~1" + sha + "~11");
            assertThat(capture.get("prov:startTime").asText()).isEqualTo(NOW.toString());
            assertThat(prov.at("/activity/verbatim:read~1" + sha + "/verbatim:reader").asText()).isEqualTo("plain-text");
            assertThat(prov.at("/activity/verbatim:extract~1" + sha + "/verbatim:components").toString())
                    .contains("quotes", "sources");
            assertThat(relation("wasGeneratedBy", "prov:entity", "sha256:" + sha).get("prov:activity").asText())
                    .isEqualTo("verbatim:capture/" + sha + "/1");
            assertThat(relation("wasGeneratedBy", "prov:entity", "verbatim:article/" + sha).get("prov:activity").asText())
                    .isEqualTo("verbatim:extract/" + sha);
            assertThat(relation("wasDerivedFrom", "prov:generatedEntity", "verbatim:text/" + sha)
                    .get("prov:usedEntity").asText()).isEqualTo("sha256:" + sha);
            assertThat(relation("wasAttributedTo", "prov:entity", "verbatim:article/" + sha).get("prov:agent").asText())
                    .isEqualTo("verbatim:software");
        }
        assertThat(relation("wasAttributedTo", "prov:entity", "sha256:" + Seeds.sha256(Seeds.seed("004")))
                .get("prov:agent").asText()).isEqualTo("verbatim:outlet/urban-islandz");
    }

    @Test
    void theReportAndCitationsAreGeneratedByTheBundlingFromEveryArticle() {
        assertThat(relation("wasGeneratedBy", "prov:entity", "verbatim:bag/data/report.html").get("prov:activity").asText())
                .isEqualTo("verbatim:bundle");
        assertThat(prov.at("/activity/verbatim:bundle/prov:startTime").asText()).isEqualTo(NOW.toString());
        long derivations = 0;
        for (JsonNode d : prov.get("wasDerivedFrom")) {
            if (d.get("prov:generatedEntity").asText().equals("verbatim:bag/data/citations/citations.bib")) {
                derivations++;
            }
        }
        assertThat(derivations).isEqualTo(5);
    }

    private static JsonNode relation(String kind, String role, String id) {
        for (JsonNode r : prov.get(kind)) {
            if (r.path(role).asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " with " + role + " " + id);
    }
}
