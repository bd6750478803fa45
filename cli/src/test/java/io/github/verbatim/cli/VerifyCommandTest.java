package io.github.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tampers with bundles of the seeds and checks that {@code verify} names every change. */
class VerifyCommandTest {

    @TempDir
    Path tmp;

    private Path bag;
    private String sha;
    private Path original;
    private long payloadBytes;

    @BeforeEach
    void bundleTheSeeds() throws IOException {
        bag = tmp.resolve("bag");
        assertThat(Cli.run("bundle", "-q", Seeds.DIR.toString(), "--out", bag.toString()).exitCode()).isZero();
        sha = Seeds.sha256(Seeds.file("002_"));
        original = bag.resolve("data/originals/" + sha + ".txt");
        payloadBytes = 0;
        for (String file : Bags.files(bag)) {
            if (file.startsWith("data/")) {
                payloadBytes += Files.size(bag.resolve(file));
            }
        }
    }

    @Test
    void namesAnOriginalWithOneByteFlipped() throws IOException {
        byte[] flipped = Bags.flipByte(Files.readAllBytes(original), 100);
        Files.write(original, flipped);

        Cli.Run run = Cli.run("verify", bag.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.outLines()).containsExactly(
                "CHANGED data/originals/" + sha + ".txt: sha256 is " + Seeds.sha256(flipped)
                        + ", the manifest says " + sha,
                "FAILED " + bag + ": 1 problem, 22 files checked");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void namesADeletedFile() throws IOException {
        long size = Files.size(original);
        Files.delete(original);

        Cli.Run run = Cli.run("verify", bag.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.outLines()).containsExactly(
                "MISSING data/originals/" + sha + ".txt: listed in a manifest but not in the bag",
                "MALFORMED bag-info.txt: Payload-Oxum " + payloadBytes + ".18 does not match the payload, "
                        + (payloadBytes - size) + ".17",
                "FAILED " + bag + ": 2 problems, 21 files checked");
    }

    @Test
    void namesAnAddedFile() throws IOException {
        Files.writeString(bag.resolve("data/originals/extra.txt"), "slipped in");

        Cli.Run run = Cli.run("verify", bag.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.outLines()).containsExactly(
                "ADDED data/originals/extra.txt: not listed in manifest-sha256.txt, manifest-sha512.txt",
                "MALFORMED bag-info.txt: Payload-Oxum " + payloadBytes + ".18 does not match the payload, "
                        + payloadBytes + ".19",
                "FAILED " + bag + ": 2 problems, 22 files checked");
    }

    @Test
    void namesAnEditedBagInfo() throws IOException {
        Path bagInfo = bag.resolve("bag-info.txt");
        String before = Seeds.sha256(bagInfo);
        Files.writeString(bagInfo, Files.readString(bagInfo) + "Contact-Name: Mallory\n");

        Cli.Run run = Cli.run("verify", bag.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.outLines()).containsExactly(
                "CHANGED bag-info.txt: sha256 is " + Seeds.sha256(bagInfo) + ", the manifest says " + before,
                "FAILED " + bag + ": 1 problem, 22 files checked");
    }

    @Test
    void namesAnOriginalChangedInsideAZip() throws IOException {
        Path zip = tmp.resolve("seeds.zip");
        assertThat(Cli.run("bundle", "-q", Seeds.DIR.toString(), "--out", zip.toString()).exitCode()).isZero();
        String entry = "seeds/data/originals/" + sha + ".txt";
        byte[] flipped = Bags.flipByte(Bags.entries(zip).get(entry), 0);

        Bags.rewriteEntry(zip, entry, bytes -> flipped);
        Cli.Run run = Cli.run("verify", zip.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.outLines()).containsExactly(
                "CHANGED data/originals/" + sha + ".txt: sha256 is " + Seeds.sha256(flipped)
                        + ", the manifest says " + sha,
                "FAILED " + zip + ": 1 problem, 22 files checked");
    }

    @Test
    void namesAnEditedBagInfoInsideAZip() throws IOException {
        Path zip = tmp.resolve("seeds.zip");
        assertThat(Cli.run("bundle", "-q", Seeds.DIR.toString(), "--out", zip.toString()).exitCode()).isZero();
        Map<String, byte[]> entries = Bags.entries(zip);
        byte[] before = entries.get("seeds/bag-info.txt");
        byte[] after = new String(before, StandardCharsets.UTF_8).replace("Bagging-Date: ", "Bagging-Date: 1")
                .getBytes(StandardCharsets.UTF_8);

        Bags.rewriteEntry(zip, "seeds/bag-info.txt", bytes -> after);
        Cli.Run run = Cli.run("verify", zip.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.outLines()).containsExactly(
                "CHANGED bag-info.txt: sha256 is " + Seeds.sha256(after)
                        + ", the manifest says " + Seeds.sha256(before),
                "FAILED " + zip + ": 1 problem, 22 files checked");
    }

    @Test
    void failsAFolderThatIsNotABag() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("folder"));
        Files.writeString(folder.resolve("notes.txt"), "no bag here");

        Cli.Run run = Cli.run("verify", folder.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.outLines()).containsExactly(
                "MISSING bagit.txt: not a bag: there is no bagit.txt",
                "FAILED " + folder + ": 1 problem, 0 files checked");
    }

    @Test
    void failsAFileThatIsNotABag() {
        Path seed = Seeds.file("000_");

        Cli.Run run = Cli.run("verify", seed.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("FAILED " + seed + ": neither a bag directory nor a zip file");
    }

    @Test
    void exitsTwoForAPathThatDoesNotExist() {
        Path missing = tmp.resolve("missing.zip");

        Cli.Run run = Cli.run("verify", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "verbatim: " + missing + ": no such file or folder",
                "Try 'verbatim verify --help' for more information.");
    }
}
