package io.github.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiteCommandTest {

    @TempDir
    static Path tmp;

    static Path zip;

    @BeforeAll
    static void bundleSeeds() {
        zip = tmp.resolve("seeds.zip");
        assertThat(Cli.run("bundle", "-q", Seeds.DIR.toString(), "--out", zip.toString()).exitCode()).isZero();
    }

    @Test
    void citesOneFileAsCslJson() throws IOException {
        String sha = Seeds.sha256(Seeds.file("004_"));

        Cli.Run run = Cli.run("cite", Seeds.file("004_").toString(), "--style", "csl-json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode items = Bags.json(run.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.get("id").asText()).isEqualTo("urbanislandz-nd-john-" + sha.substring(0, 6));
            assertThat(item.get("type").asText()).isEqualTo("article-newspaper");
            assertThat(item.get("container-title").asText()).isEqualTo("Urban Islandz");
            assertThat(item.get("archive_location").asText()).isEqualTo("data/originals/" + sha + ".txt");
        });
    }

    @Test
    void citesEveryArticleAndPostOfABundleInApaByDefault() {
        String sha = Seeds.sha256(Seeds.file("004_"));

        Cli.Run run = Cli.run("cite", zip.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().split("\n\n")).hasSize(5 + 29).contains(
                "John Legend [@johnlegend]. (2020, October 1). We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k "
                        + "[Post]. X. https://x.com/johnlegend",
                "John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos Amid Miscarriage. (n.d.). "
                        + "Urban Islandz. Verbatim citation bundle (data/originals/" + sha + ".txt).");
    }

    @Test
    void mlaAndChicagoAreStylesToo() {
        assertThat(Cli.run("cite", zip.toString(), "--style", "MLA").out())
                .contains("John Legend [@johnlegend]. “We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k.” Post. X, "
                        + "1 Oct. 2020, https://x.com/johnlegend.");
        assertThat(Cli.run("cite", zip.toString(), "-s", "chicago").out())
                .contains("Urban Islandz. n.d. John Legend’s Wife Chrissy Teigen Shares Painful Tweet");
    }

    @Test
    void bibtexAndRisHaveOneEntryPerWork() {
        Cli.Run bib = Cli.run("cite", zip.toString(), "--style", "bibtex");
        Cli.Run ris = Cli.run("cite", zip.toString(), "--style", "ris");

        assertThat(bib.outLines()).filteredOn(l -> l.startsWith("@")).hasSize(34)
                .contains("@article{urbanislandz-nd-john-" + Seeds.sha256(Seeds.file("004_")).substring(0, 6) + ",");
        assertThat(ris.outLines()).filteredOn(l -> l.startsWith("TY  - ")).hasSize(34);
        assertThat(Arrays.stream(ris.out().split("\r\n")).filter(l -> l.equals("ER  - "))).hasSize(34);
    }

    @Test
    void anUnknownStyleOrPathIsAUsageErrorAndAnUnreadableInputFails() throws IOException {
        Path notABundle = Files.createDirectories(tmp.resolve("folder"));
        Path binary = Files.write(tmp.resolve("image.bin"), new byte[] {0, 1, 2, 0, 0, 0, 0, 0, 9, 0});

        Cli.Run style = Cli.run("cite", zip.toString(), "--style", "harvard");
        Cli.Run missing = Cli.run("cite", tmp.resolve("nothing.txt").toString());
        Cli.Run folder = Cli.run("cite", notABundle.toString());
        Cli.Run unreadable = Cli.run("cite", binary.toString());

        assertThat(style.exitCode()).isEqualTo(2);
        assertThat(style.errLines().get(0)).isEqualTo("verbatim: Invalid value for option '--style': 'harvard' is not "
                + "a style; choose one of apa, mla, chicago, csl-json, bibtex, ris");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(folder.exitCode()).isEqualTo(1);
        assertThat(folder.err()).contains("is not a Verbatim bundle");
        assertThat(unreadable.exitCode()).isEqualTo(1);
        assertThat(unreadable.out()).isEmpty();
    }
}
