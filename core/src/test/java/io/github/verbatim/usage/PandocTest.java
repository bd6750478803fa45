package io.github.verbatim.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.cite.BibLatex;
import io.github.verbatim.cite.CslDate;
import io.github.verbatim.cite.CslItem;
import io.github.verbatim.cite.CslName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pandoc, a real citation processor, renders the seed bundle's CSL-JSON and BibLaTeX without a
 * warning, and reads back every escaped character of a hostile title.
 */
class PandocTest {

    private static final String NOCITE_ALL = "---\nnocite: |\n  @*\n---\n";

    @TempDir
    static Path dir;

    static Path bag;
    static ExternalTool pandoc;

    @BeforeAll
    static void bundleSeeds() throws IOException {
        pandoc = ExternalTool.require("it renders the citations as a reader's tools do", "pandoc");
        bag = dir.resolve("bag");
        Verbatim.builder().serviceLoader(false).clock(Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"), ZoneOffset.UTC))
                .build().bundle(List.of(Seeds.dir()), bag);
    }

    @Test
    void rendersTheCslJsonWithTitlesOutletsAndDates() throws Exception {
        ExternalTool.Result result = render("citations.json");

        assertThat(result.err()).as("pandoc's warnings").isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(
                "John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos Amid Miscarriage",
                "Urban Islandz", "Her View From Home", "[Chrissy Teigen is opening up about her miscarriage]",
                "John Legend [@johnlegend]. 2020. “We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k.” Post. X.",
                "October 1", "Accessed November 21, 2026",
                // Chicago writes the archive location first in its sentence, so with a capital: "Data/originals/…".
                "ata/originals/" + Seeds.sha256(Seeds.seed("004")) + ".txt. Verbatim citation bundle.");
    }

    @Test
    void rendersTheBibLatexWithTitlesOutletsAndDates() throws Exception {
        ExternalTool.Result result = render("citations.bib");

        assertThat(result.err()).as("pandoc's warnings").isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(
                "John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos Amid Miscarriage",
                "Urban Islandz", "Her View From Home", "[Chrissy Teigen is opening up about her miscarriage]",
                "John Legend [@johnlegend]. 2020. “We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k.” X.",
                "October 1, 2020", "Accessed November 21, 2026");
    }

    @Test
    void rendersInTheShippedApaStyleToo() throws Exception {
        Path apa = dir.resolve("apa.csl");
        try (InputStream in = CslItem.class.getResourceAsStream("csl/apa.csl")) {
            Files.write(apa, in.readAllBytes());
        }
        ExternalTool.Result result = pandoc.run(NOCITE_ALL, 60, "--citeproc", "--csl=" + apa,
                "--bibliography=" + bag.resolve("data/citations/citations.json"), "-f", "markdown", "-t", "plain",
                "--wrap=none");

        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("John Legend [@johnlegend]. (2020, October 1). We love you, Jack",
                "[Post]. X. https://x.com/johnlegend");
    }

    @Test
    void readsBackEveryCharacterOfAHostileTitle() throws Exception {
        String hostile = "Tom & Jerry: 100% {fun} #1_on C:\\path $5 ~x^2 -- <<b>> \\end{document} Ærø “quoted” 🖤"
                + " \n\n next\tline @comment{x}";
        CslItem item = new CslItem("hostile", CslItem.ARTICLE_NEWSPAPER, hostile, "Outlet}, evil = {x",
                List.of(CslName.of("Jane Doe"), CslName.literal("Simon and Garfunkel")), CslDate.parse("2020-10-01"),
                null, "https://e.com/a_b%20c?x=1&y={2}#top", null, null, null, null);
        Path bib = dir.resolve("hostile.bib");
        Files.writeString(bib, BibLatex.write(List.of(item)));

        ExternalTool.Result result = pandoc.run("", 60, bib.toString(), "-f", "biblatex", "-t", "csljson");

        assertThat(result.err()).isEmpty();
        JsonNode read = new ObjectMapper().readTree(result.out()).get(0);
        assertThat(read.get("title").asText()).isEqualTo(
                "Tom & Jerry: 100% {fun} #1_on C:\\path $5 ~x^2 -- <<b>> \\end{document} Ærø “quoted” 🖤 next line @comment{x}");
        assertThat(read.get("container-title").asText()).isEqualTo("Outlet}, evil = {x");
        assertThat(read.get("URL").asText()).isEqualTo("https://e.com/a_b%20c?x=1&y=%7B2%7D#top");
        assertThat(read.get("author").get(1).get("literal").asText()).isEqualTo("Simon and Garfunkel");
    }

    private static ExternalTool.Result render(String file) throws IOException, InterruptedException {
        return pandoc.run(NOCITE_ALL, 60, "--citeproc", "--bibliography=" + bag.resolve("data/citations/" + file),
                "-f", "markdown", "-t", "plain", "--wrap=none");
    }
}
