package io.github.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExtractCommandTest {

    @TempDir
    Path tmp;

    static Iterable<Path> seeds() {
        return Seeds.files();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void printsEachSeedAsAnArticleWhoseTextIsTheFile(Path seed) throws IOException {
        Cli.Run run = Cli.run("extract", seed.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode article = Bags.json(run.out().getBytes(StandardCharsets.UTF_8));
        String sha = Seeds.sha256(seed);
        assertThat(article.get("id").asText()).isEqualTo("sha256:" + sha);
        assertThat(article.get("text").asText()).isEqualTo(Files.readString(seed, StandardCharsets.UTF_8));
        assertThat(article.at("/capture/sha256").asText()).isEqualTo(sha);
        assertThat(article.at("/capture/size").asLong()).isEqualTo(Files.size(seed));
        assertThat(article.at("/capture/origins/0/location").asText()).isEqualTo(Seeds.location(seed));
        assertThat(article.at("/reader/name").asText()).isEqualTo("plain-text");
        assertThat(article.at("/reader/charset").asText()).isEqualTo("UTF-8");
        assertThat(article.at("/reader/warnings")).isEmpty();
    }

    @Test
    void printsTheHeadlineOfSeed004AsItsTitle() throws IOException {
        Cli.Run run = Cli.run("extract", Seeds.file("004_").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Bags.json(run.out().getBytes(StandardCharsets.UTF_8)).get("title").asText()).isEqualTo(
                "John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos Amid Miscarriage");
    }

    @Test
    void printsTheDateLineOfSeed003AsItsPublicationDate() throws IOException {
        Cli.Run run = Cli.run("extract", Seeds.file("003_").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Bags.json(run.out().getBytes(StandardCharsets.UTF_8)).get("published").asText())
                .isEqualTo("2020-10-01");
    }

    @Test
    void exitsOneForAFileThatDoesNotExist() {
        Path missing = tmp.resolve("missing.txt");

        Cli.Run run = Cli.run("extract", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("verbatim: " + missing + ": no such file or folder");
    }

    @Test
    void exitsOneForAnEmptyFile() throws IOException {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);

        Cli.Run run = Cli.run("extract", empty.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("verbatim: " + empty + ": empty file (0 bytes), no text to read");
    }

    @Test
    void exitsOneForBinaryDataNamedTxt() throws IOException {
        byte[] bytes = new byte[1024];
        IntStream.range(0, bytes.length).forEach(i -> bytes[i] = (byte) i);
        Path binary = Files.write(tmp.resolve("binary.txt"), bytes);

        Cli.Run run = Cli.run("extract", binary.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("verbatim: " + binary
                + ": binary data, not text: 4 NUL and 100 other control bytes in the first 1024 bytes");
    }

    @Test
    void exitsTwoForAFolder() {
        Cli.Run run = Cli.run("extract", Seeds.DIR.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "verbatim: " + Seeds.DIR + " is a folder; extract reads one file (bundle reads folders)",
                "Try 'verbatim extract --help' for more information.");
    }
}
