package io.github.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCommandTest {

    private static final String BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    @TempDir
    Path tmp;

    @Test
    void bundlesTheSeedsIntoAFolderThatVerifies() throws IOException {
        Path bag = tmp.resolve("seeds");

        Cli.Run run = Cli.run("bundle", Seeds.DIR.toString(), "--out", bag.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        List<String> expected = new ArrayList<>();
        List<Path> seeds = Seeds.files();
        for (int i = 0; i < seeds.size(); i++) {
            expected.add("[" + (i + 1) + "/5] " + Seeds.location(seeds.get(i)));
        }
        expected.add("verbatim: wrote " + bag + ": 5 articles, 0 failures");
        assertThat(run.errLines()).containsExactlyElementsOf(expected);

        assertThat(Bags.files(bag)).containsExactlyElementsOf(expectedBagFiles());
        assertThat(Files.readString(bag.resolve("bagit.txt"))).isEqualTo(BAGIT_TXT);
        for (Path seed : seeds) {
            String sha = Seeds.sha256(seed);
            assertThat(bag.resolve("data/originals/" + sha + ".txt")).hasSameBinaryContentAs(seed);
            JsonNode article = Bags.json(bag.resolve("data/articles/" + sha + ".json"));
            assertThat(article.get("id").asText()).isEqualTo("sha256:" + sha);
            assertThat(article.get("text").asText()).isEqualTo(Files.readString(seed));
        }
        JsonNode collection = Bags.json(bag.resolve("data/collection.json"));
        assertThat(collection.get("articles")).hasSize(5);
        assertThat(collection.get("failures")).isEmpty();
        assertThat(Bags.json(bag.resolve("data/citations/citations.json"))).hasSize(5 + 29); // articles and posts

        Cli.Run verify = Cli.run("verify", bag.toString());
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.outLines()).containsExactly("OK " + bag + ": 22 files checked, every checksum matches");
        assertThat(verify.err()).isEmpty();
    }

    @Test
    void bundlesTheSeedsIntoAZipThatVerifies() throws IOException {
        Path zip = tmp.resolve("seeds.zip");

        Cli.Run run = Cli.run("bundle", Seeds.DIR.toString(), "--out", zip.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).hasSize(6).last().isEqualTo("verbatim: wrote " + zip + ": 5 articles, 0 failures");
        Map<String, byte[]> entries = Bags.entries(zip);
        Set<String> expectedNames = new TreeSet<>();
        expectedBagFiles().forEach(name -> expectedNames.add("seeds/" + name));
        assertThat(new TreeSet<>(entries.keySet())).containsExactlyElementsOf(expectedNames);
        assertThat(new String(entries.get("seeds/bagit.txt"), StandardCharsets.UTF_8)).isEqualTo(BAGIT_TXT);
        for (Path seed : Seeds.files()) {
            String sha = Seeds.sha256(seed);
            assertThat(entries.get("seeds/data/originals/" + sha + ".txt")).isEqualTo(Files.readAllBytes(seed));
            assertThat(Bags.json(entries.get("seeds/data/articles/" + sha + ".json")).get("id").asText())
                    .isEqualTo("sha256:" + sha);
        }

        Cli.Run verify = Cli.run("verify", zip.toString());
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.outLines()).containsExactly("OK " + zip + ": 22 files checked, every checksum matches");
    }

    @Test
    void takesSeveralFilesAndFoldersAtOnce() throws IOException {
        Path more = Files.createDirectories(tmp.resolve("more/nested"));
        Files.copy(Seeds.file("000_"), more.resolve("copy.txt"));
        Path bag = tmp.resolve("bag");

        Cli.Run run = Cli.run("bundle", Seeds.file("003_").toString(), tmp.resolve("more").toString(),
                Seeds.file("004_").toString(), "--out", bag.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                "[1/3] " + Seeds.location(Seeds.file("003_")),
                "[2/3] " + Seeds.location(more.resolve("copy.txt")),
                "[3/3] " + Seeds.location(Seeds.file("004_")),
                "verbatim: wrote " + bag + ": 3 articles, 0 failures");
        assertThat(Bags.json(bag.resolve("data/collection.json")).get("articles")).hasSize(3);
    }

    @Test
    void quietPrintsNothingWhenEveryInputIsRead() {
        Path bag = tmp.resolve("bag");

        Cli.Run run = Cli.run("bundle", "--quiet", Seeds.DIR.toString(), "--out", bag.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
        assertThat(bag.resolve("bagit.txt")).exists();
    }

    @Test
    void quietStillNamesEachFailure() {
        Path missing = tmp.resolve("missing");
        Path bag = tmp.resolve("bag");

        Cli.Run run = Cli.run("bundle", "-q", Seeds.DIR.toString(), missing.toString(), "--out", bag.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "verbatim: failed: " + Seeds.location(missing) + ": no such file or folder");
        assertThat(Cli.run("verify", bag.toString()).exitCode()).isZero();
    }

    @Test
    void readsTheSameFileGivenTwiceOnce() throws IOException {
        Path seed = Seeds.file("001_");
        Path copy = Files.copy(seed, tmp.resolve("same-bytes.txt"));
        Path bag = tmp.resolve("bag");

        Cli.Run run = Cli.run("bundle", seed.toString(), seed.toString(), copy.toString(), "--out", bag.toString());

        assertThat(run.exitCode()).isZero();
        String location = Seeds.location(seed);
        assertThat(run.errLines()).containsExactly(
                "[1/2] " + location,
                "[2/2] " + Seeds.location(copy),
                "verbatim: note: " + location + ": skipped: the same file as " + location + ", taken once",
                "verbatim: note: " + Seeds.location(copy) + ": the same bytes as " + location,
                "verbatim: wrote " + bag + ": 1 article, 0 failures");
        String sha = Seeds.sha256(seed);
        assertThat(Bags.files(bag)).filteredOn(f -> f.startsWith("data/originals/"))
                .containsExactly("data/originals/" + sha + ".txt");
        JsonNode article = Bags.json(bag.resolve("data/articles/" + sha + ".json"));
        assertThat(article.at("/capture/origins")).extracting(o -> o.get("location").asText())
                .containsExactly(location, Seeds.location(copy));
        assertThat(Cli.run("verify", bag.toString()).exitCode()).isZero();
    }

    @Test
    void writesItsOutputInsideAnInputFolderAndSkipsIt() throws IOException {
        for (String name : List.of("bundle", "bundle.zip")) {
            Path input = Files.createDirectories(tmp.resolve("input-" + name));
            for (Path seed : Seeds.files()) {
                Files.copy(seed, input.resolve(seed.getFileName()));
            }
            Path out = input.resolve(name);

            Cli.Run first = Cli.run("bundle", input.toString(), "--out", out.toString());
            assertThat(first.exitCode()).isZero();
            assertThat(first.errLines()).last().isEqualTo("verbatim: wrote " + out + ": 5 articles, 0 failures");

            Cli.Run again = Cli.run("bundle", "--force", input.toString(), "--out", out.toString());
            assertThat(again.exitCode()).isZero();
            assertThat(again.errLines())
                    .contains("verbatim: note: " + Seeds.location(out) + ": skipped: it is the bundle's own output")
                    .last().isEqualTo("verbatim: wrote " + out + ": 5 articles, 0 failures");
            assertThat(again.errLines()).filteredOn(line -> line.startsWith("[")).hasSize(5);
            assertThat(Cli.run("verify", out.toString()).exitCode()).isZero();
        }
    }

    @Test
    void refusesAnExistingOutputWithoutForceAndReplacesItWithForce() throws IOException {
        Path bag = tmp.resolve("bag");
        assertThat(Cli.run("bundle", Seeds.file("000_").toString(), "--out", bag.toString()).exitCode()).isZero();
        Path marker = Files.writeString(bag.resolve("marker.txt"), "left by the user");

        Cli.Run refused = Cli.run("bundle", Seeds.DIR.toString(), "--out", bag.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()).containsExactly(
                "verbatim: " + bag + " exists; use --force to replace it",
                "Try 'verbatim bundle --help' for more information.");
        assertThat(marker).hasContent("left by the user");

        Cli.Run replaced = Cli.run("bundle", "--force", Seeds.DIR.toString(), "--out", bag.toString());

        assertThat(replaced.exitCode()).isZero();
        assertThat(replaced.errLines()).last().isEqualTo("verbatim: wrote " + bag + ": 5 articles, 0 failures");
        assertThat(marker).doesNotExist();
        assertThat(Bags.json(bag.resolve("data/collection.json")).get("articles")).hasSize(5);
        assertThat(Cli.run("verify", bag.toString()).exitCode()).isZero();
    }

    @Test
    void replacesAnExistingZipWithForce() throws IOException {
        Path zip = tmp.resolve("seeds.zip");
        assertThat(Cli.run("bundle", Seeds.file("000_").toString(), "-o", zip.toString()).exitCode()).isZero();

        assertThat(Cli.run("bundle", Seeds.DIR.toString(), "-o", zip.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run("bundle", "-f", Seeds.DIR.toString(), "-o", zip.toString()).exitCode()).isZero();
        assertThat(Cli.run("verify", zip.toString()).exitCode()).isZero();
        assertThat(Bags.entries(zip).keySet()).filteredOn(n -> n.contains("/data/originals/")).hasSize(5);

        Path notABag = Files.writeString(tmp.resolve("other.zip"), "not a bag");
        Cli.Run refused = Cli.run("bundle", "-f", Seeds.DIR.toString(), "-o", notABag.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines()).first()
                .isEqualTo("verbatim: " + notABag + ": output exists and is not a bag zip; only a bag is ever replaced");
        assertThat(notABag).hasContent("not a bag");
    }

    @Test
    void forceNeverReplacesAFolderThatIsNotABag() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("work"));
        Path precious = Files.writeString(folder.resolve("precious.txt"), "not in any bag");
        Path input = Files.copy(Seeds.file("000_"), Files.createDirectories(folder.resolve("sub")).resolve("a.txt"));
        Path file = Files.writeString(tmp.resolve("notes.txt"), "a file, not a zip");

        Path up = input.getParent().resolve("..");

        Cli.Run parent = Cli.run("bundle", "--force", input.toString(), "--out", up.toString());
        Cli.Run notZip = Cli.run("bundle", "--force", input.toString(), "--out", file.toString());

        assertThat(parent.exitCode()).isEqualTo(2);
        assertThat(parent.errLines()).first().isEqualTo(
                "verbatim: " + up + ": output exists and is not a bag folder; only a bag is ever replaced");
        assertThat(notZip.exitCode()).isEqualTo(2);
        assertThat(precious).hasContent("not in any bag");
        assertThat(input).hasSameBinaryContentAs(Seeds.file("000_"));
        assertThat(file).hasContent("a file, not a zip");
    }

    @Test
    void namesAMissingInputAsAFailureAndStillWritesTheBundle() throws IOException {
        Path missing = tmp.resolve("no-such-article.txt");
        Path bag = tmp.resolve("bag");

        Cli.Run run = Cli.run("bundle", Seeds.DIR.toString(), missing.toString(), "--out", bag.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines())
                .contains("verbatim: failed: " + Seeds.location(missing) + ": no such file or folder")
                .last().isEqualTo("verbatim: wrote " + bag + ": 5 articles, 1 failure");
        JsonNode failures = Bags.json(bag.resolve("data/collection.json")).get("failures");
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).get("location").asText()).isEqualTo(Seeds.location(missing));
        assertThat(failures.get(0).get("stage").asText()).isEqualTo("collect");
        assertThat(failures.get(0).get("reason").asText()).isEqualTo("no such file or folder");
        assertThat(Cli.run("verify", bag.toString()).exitCode()).isZero();
    }

    @Test
    void namesEachUnreadableInputWithItsReasonAndReadsMisencodedText() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("input"));
        Path empty = Files.write(input.resolve("a-empty.txt"), new byte[0]);
        byte[] binaryBytes = new byte[1024];
        IntStream.range(0, binaryBytes.length).forEach(i -> binaryBytes[i] = (byte) i);
        Path binary = Files.write(input.resolve("b-binary.txt"), binaryBytes);
        String cp1252Text = "Café au lait “quoted” text.\n";
        byte[] cp1252Bytes = cp1252Text.getBytes(Charset.forName("windows-1252"));
        Path cp1252 = Files.write(input.resolve("c-windows-1252.txt"), cp1252Bytes);
        Path zip = tmp.resolve("bag.zip");

        Cli.Run run = Cli.run("bundle", input.toString(), "--out", zip.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        String emptyReason = "empty file (0 bytes), no text to read";
        String binaryReason = "binary data, not text: 4 NUL and 100 other control bytes in the first 1024 bytes";
        assertThat(run.errLines()).containsExactly(
                "[1/3] " + Seeds.location(empty),
                "verbatim: failed: " + Seeds.location(empty) + ": " + emptyReason,
                "[2/3] " + Seeds.location(binary),
                "verbatim: failed: " + Seeds.location(binary) + ": " + binaryReason,
                "[3/3] " + Seeds.location(cp1252),
                "verbatim: wrote " + zip + ": 1 article, 2 failures");

        Map<String, byte[]> entries = Bags.entries(zip);
        JsonNode failures = Bags.json(entries.get("bag/data/collection.json")).get("failures");
        assertThat(failures).hasSize(2);
        assertFailure(failures.get(0), empty, emptyReason, Seeds.sha256(new byte[0]), "txt");
        // Tika's detection sees binary data of no known format: archived as .bin, never as .txt.
        assertFailure(failures.get(1), binary, binaryReason, Seeds.sha256(binaryBytes), "bin");
        assertThat(entries.get("bag/data/originals/" + Seeds.sha256(new byte[0]) + ".txt")).isEmpty();
        assertThat(entries.get("bag/data/originals/" + Seeds.sha256(binaryBytes) + ".bin")).isEqualTo(binaryBytes);

        String sha = Seeds.sha256(cp1252Bytes);
        JsonNode article = Bags.json(entries.get("bag/data/articles/" + sha + ".json"));
        assertThat(article.get("text").asText()).isEqualTo(cp1252Text);
        assertThat(article.at("/reader/charset").asText()).isEqualTo("windows-1252");
        assertThat(article.at("/reader/warnings")).extracting(JsonNode::asText).containsExactly(
                "not valid UTF-8 (3 invalid byte sequences, first at byte 3); decoded as windows-1252, a guess");
        assertThat(entries.get("bag/data/originals/" + sha + ".txt")).isEqualTo(cp1252Bytes);

        Cli.Run verify = Cli.run("verify", zip.toString());
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.outLines()).containsExactly("OK " + zip + ": 16 files checked, every checksum matches");
    }

    @Test
    void readsMisencodedTextWithAWarningAndExitsZero() throws IOException {
        Path cp1252 = Files.write(tmp.resolve("legacy.txt"),
                "Smart “quotes” and an é.\n".getBytes(Charset.forName("windows-1252")));
        Path bag = tmp.resolve("bag");

        Cli.Run run = Cli.run("bundle", cp1252.toString(), "--out", bag.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).last().isEqualTo("verbatim: wrote " + bag + ": 1 article, 0 failures");
        JsonNode article = Bags.json(bag.resolve("data/articles/" + Seeds.sha256(cp1252) + ".json"));
        assertThat(article.get("text").asText()).isEqualTo("Smart “quotes” and an é.\n");
        assertThat(article.at("/reader/warnings")).extracting(JsonNode::asText).containsExactly(
                "not valid UTF-8 (3 invalid byte sequences, first at byte 6); decoded as windows-1252, a guess");
    }

    @Test
    void exitsFourWhenTheBundleCannotBeWritten() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "in the way");
        Path out = file.resolve("bag");

        Cli.Run run = Cli.run("bundle", Seeds.DIR.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).containsExactly(
                "verbatim: cannot write the bundle " + out + ": " + file + ": exists and is not a folder");
        assertThat(file).hasContent("in the way");
    }

    @Test
    void exitsTwoWithoutAnOutputOrAnInput() {
        Cli.Run noOut = Cli.run("bundle", Seeds.DIR.toString());
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.errLines()).containsExactly(
                "verbatim: Missing required option: '--out=PATH'",
                "Try 'verbatim bundle --help' for more information.");

        Cli.Run noInput = Cli.run("bundle", "--out", tmp.resolve("bag").toString());
        assertThat(noInput.exitCode()).isEqualTo(2);
        assertThat(noInput.errLines()).first().asString().startsWith("verbatim: Missing required parameter");
        assertThat(tmp.resolve("bag")).doesNotExist();
    }

    private static void assertFailure(JsonNode failure, Path input, String reason, String sha, String extension) {
        assertThat(failure.get("location").asText()).isEqualTo(Seeds.location(input));
        assertThat(failure.get("stage").asText()).isEqualTo("read");
        assertThat(failure.get("reason").asText()).isEqualTo(reason);
        assertThat(failure.get("sha256").asText()).isEqualTo(sha);
        assertThat(failure.get("archivedAs").asText()).isEqualTo("data/originals/" + sha + "." + extension);
    }

    /** The files of a bundle of the five seeds: tag files, originals, articles and documents. */
    private static Set<String> expectedBagFiles() {
        Set<String> files = new TreeSet<>(List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt",
                "manifest-sha512.txt", "tagmanifest-sha256.txt", "tagmanifest-sha512.txt", "data/collection.json",
                "data/citations/citations.json", "data/citations/citations.bib", "data/citations/citations.ris",
                "data/citations/citations.txt", "data/annotations.jsonld", "data/provenance.json", "data/report.html"));
        for (Path seed : Seeds.files()) {
            String sha = Seeds.sha256(seed);
            files.add("data/originals/" + sha + ".txt");
            files.add("data/articles/" + sha + ".json");
        }
        return files;
    }
}
