package io.github.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {

    @TempDir
    static Path tmp;

    static Path bag;

    @BeforeAll
    static void bundleSeeds() throws IOException {
        bag = tmp.resolve("seeds");
        assertThat(Cli.run("bundle", "-q", Seeds.DIR.toString(), "--out", bag.toString()).exitCode()).isZero();
        setClusters(bag, null);
    }

    @Test
    void withoutClustersEachArticlesQuotationsArePrinted() {
        Cli.Run run = Cli.run("quotes", bag.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "verbatim: note: " + bag + " has no quote clusters; each article's quotations follow");
        assertThat(run.outLines()).filteredOn(l -> l.startsWith("  “")).hasSize(86);
        assertThat(run.outLines()).contains(
                "5. Urban Islandz (urbanislandz-nd-john-" + Seeds.sha256(Seeds.file("004_")).substring(0, 6) + ")",
                "  “We were never able to stop the bleeding and give our baby the fluids he needed, despite bags and "
                        + "bags of blood transfusions. It just wasn’t enough.” — Chrissy Teigen (explains); statement");
    }

    @Test
    void speakerKeepsOnlyTheirWords() {
        Cli.Run run = Cli.run("quotes", bag.toString(), "--speaker", "LEGEND");

        assertThat(run.outLines()).filteredOn(l -> l.startsWith("  “")).containsExactly(
                "  “We love you, Jack” — John Legend (writing); statement; via tweet",
                "  “We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k” — John Legend; statement; via tweet");
        Cli.Run nobody = Cli.run("quotes", bag.toString(), "--speaker", "nobody");
        assertThat(nobody.exitCode()).isZero();
        assertThat(nobody.out()).isEmpty();
        assertThat(nobody.errLines()).contains("verbatim: no quotations by a speaker named 'nobody' in " + bag);
    }

    @Test
    void clustersShowEachArticlesVariant() throws IOException {
        Path clustered = tmp.resolve("clustered");
        assertThat(Cli.run("bundle", "-q", Seeds.DIR.toString(), "--out", clustered.toString()).exitCode()).isZero();
        setClusters(clustered, "We were never able");

        Cli.Run run = Cli.run("quotes", clustered.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        String reference = "We were never able to stop the bleeding and give our baby the fluids he needed, despite bags "
                + "and bags of blood transfusions. It just wasn’t enough.";
        assertThat(run.outLines()).containsExactly(
                "Chrissy Teigen — 4 articles",
                "  “" + reference + "”",
                "  = [Chrissy Teigen and John Legend recently… (anon-nd-chrissy-" + key("000_") + ")",
                "  = Her View From Home (herviewfromhome-nd-hearts-" + key("001_") + ")",
                // Seed 002's "wasn't" has a straight apostrophe: typesetting, the same wording.
                "  = [John and Chrissy revealed she suffered… (anon-nd-john-" + key("002_") + ")",
                "  = Urban Islandz (urbanislandz-nd-john-" + key("004_") + ")",
                "");
        assertThat(Cli.run("quotes", clustered.toString(), "--speaker", "Legend").out()).isEmpty();
    }

    @Test
    void aMissingBundleIsAUsageErrorAndAFolderThatIsNoneFails() throws IOException {
        assertThat(Cli.run("quotes", tmp.resolve("missing").toString()).exitCode()).isEqualTo(2);
        Cli.Run folder = Cli.run("quotes", Files.createDirectories(tmp.resolve("empty")).toString());
        assertThat(folder.exitCode()).isEqualTo(1);
        assertThat(folder.err()).contains("is not a Verbatim bundle");
    }

    private static String key(String seed) {
        return Seeds.sha256(Seeds.file(seed)).substring(0, 6);
    }

    /**
     * Replaces the clusters of the bundle's {@code collection.json}, where the cross-article analysis
     * writes them ({@code analysis.clusters}), with none, or with one cluster of the first quote of
     * each article that begins with {@code opening}.
     */
    private static void setClusters(Path bag, @Nullable String opening) throws IOException {
        Path collectionFile = bag.resolve("data/collection.json");
        ObjectNode collection = (ObjectNode) Bags.json(collectionFile);
        ObjectNode analysis = collection.path("analysis").isObject() ? (ObjectNode) collection.get("analysis")
                : collection.putObject("analysis");
        ArrayNode clusters = analysis.putArray("clusters");
        if (opening == null) {
            Files.write(collectionFile, Bags.JSON.writeValueAsBytes(collection));
            return;
        }
        ArrayNode members = clusters.addObject().put("id", "q1").put("speaker", "Chrissy Teigen").putArray("members");
        for (JsonNode entry : collection.get("articles")) {
            JsonNode article = Bags.json(bag.resolve(entry.get("path").asText()));
            for (JsonNode quote : article.get("quotes")) {
                if (quote.get("text").asText().startsWith(opening)) {
                    members.addObject().put("article", article.get("id").asText())
                            .set("position", quote.at("/provenance/position"));
                    break;
                }
            }
        }
        Files.write(collectionFile, Bags.JSON.writeValueAsBytes(collection));
    }
}
