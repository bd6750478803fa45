package io.github.verbatim.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.Problem;
import io.github.verbatim.bundle.Verification;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verifying bags, intact and tampered with, as directories and zips. */
class VerifyTest {

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();

    @TempDir
    Path dir;

    Path bag;
    String original;

    @BeforeEach
    void bundleSeeds() throws IOException {
        bag = dir.resolve("bag");
        verbatim.bundle(List.of(Seeds.dir()), bag);
        original = "data/originals/" + Seeds.sha256(Seeds.seed("002")) + ".txt";
    }

    @Test
    void anIntactBagIsValid() throws IOException {
        Verification v = verbatim.verify(bag);
        assertThat(v.problems()).isEmpty();
        assertThat(v.valid()).isTrue();
    }

    @Test
    void oneFlippedByteOfAnOriginalIsNamed() throws IOException {
        Path file = bag.resolve(original);
        byte[] bytes = Files.readAllBytes(file);
        bytes[100] ^= 0x01;
        Files.write(file, bytes);
        Verification v = verbatim.verify(bag);
        assertThat(v.valid()).isFalse();
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.CHANGED);
            assertThat(p.path()).isEqualTo(original);
            assertThat(p.detail()).startsWith("sha256 is ").contains(", the manifest says " + Seeds.sha256(Seeds.seed("002")));
        });
    }

    @Test
    void aDeletedFileIsNamed() throws IOException {
        Files.delete(bag.resolve("data/collection.json"));
        Verification v = verbatim.verify(bag);
        assertThat(v.problems()).extracting(Problem::kind, Problem::path).contains(
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.MISSING, "data/collection.json"));
        assertThat(v.problems()).extracting(Problem::path).containsOnly("data/collection.json", "bag-info.txt");
    }

    @Test
    void anAddedFileIsNamed() throws IOException {
        Files.writeString(bag.resolve("data/originals/extra.txt"), "slipped in");
        Files.writeString(bag.resolve("notes.txt"), "a tag file nobody listed");
        Verification v = verbatim.verify(bag);
        assertThat(v.problems()).filteredOn(p -> p.kind() == Problem.Kind.ADDED).extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        "ADDED data/originals/extra.txt: not listed in manifest-sha256.txt, manifest-sha512.txt",
                        "ADDED notes.txt: not listed in tagmanifest-sha256.txt, tagmanifest-sha512.txt");
        assertThat(v.problems()).filteredOn(p -> p.kind() == Problem.Kind.MALFORMED).extracting(Problem::path)
                .containsExactly("bag-info.txt"); // Payload-Oxum no longer matches
    }

    @Test
    void anEditedBagInfoIsNamed() throws IOException {
        Path info = bag.resolve("bag-info.txt");
        Files.writeString(info, Files.readString(info).replace("Citation bundle", "Edited bundle"));
        Verification v = verbatim.verify(bag);
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.CHANGED);
            assertThat(p.path()).isEqualTo("bag-info.txt");
        });
    }

    @Test
    void anEditedManifestIsNamed() throws IOException {
        Path manifest = bag.resolve("manifest-sha256.txt");
        String sha = Seeds.sha256(Seeds.seed("002"));
        Files.writeString(manifest, Files.readString(manifest).replace(sha + "  data/originals/", "0".repeat(64) + "  data/originals/"));
        Verification v = verbatim.verify(bag);
        assertThat(v.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "CHANGED " + original + ": sha256 is " + sha + ", the manifest says " + "0".repeat(64),
                "CHANGED manifest-sha256.txt: sha256 is " + sha256Of(manifest) + ", the manifest says "
                        + tagManifestEntry("tagmanifest-sha256.txt", "manifest-sha256.txt"));
    }

    @Test
    void aTamperedZipIsNamed() throws IOException {
        Path zip = dir.resolve("seeds.zip");
        verbatim.bundle(List.of(Seeds.dir()), zip);
        assertThat(verbatim.verify(zip).valid()).isTrue();

        Path tampered = dir.resolve("tampered.zip");
        rewriteZip(zip, tampered, "seeds/" + original, "tampered text".getBytes(StandardCharsets.UTF_8));
        Verification v = verbatim.verify(tampered);
        assertThat(v.problems()).extracting(Problem::kind, Problem::path).contains(
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.CHANGED, original));
    }

    @Test
    void aZipWithAPathTraversalEntryIsReportedNeverExtracted() throws IOException {
        Path zip = dir.resolve("evil.zip");
        verbatim.bundle(List.of(Seeds.seed("000")), zip);
        Path evil = dir.resolve("evil2.zip");
        rewriteZip(zip, evil, "../../escape.txt", "owned".getBytes(StandardCharsets.UTF_8));
        Verification v = verbatim.verify(evil);
        assertThat(v.problems()).extracting(Problem::toString)
                .contains("UNSAFE_PATH ../../escape.txt: path climbs out of the bag ('..' segment)");
        assertThat(dir.getParent().getParent().resolve("escape.txt")).doesNotExist();
    }

    @Test
    void aManifestPathThatClimbsOutOfTheBagIsUnsafe() throws IOException {
        Path manifest = bag.resolve("manifest-sha512.txt");
        Files.writeString(manifest, Files.readString(manifest) + "0".repeat(128) + "  data/../../../etc/passwd\n");
        Verification v = verbatim.verify(bag);
        assertThat(v.problems()).extracting(Problem::kind).contains(Problem.Kind.UNSAFE_PATH);
        assertThat(v.problems()).extracting(Problem::path).contains("data/../../../etc/passwd");
    }

    @Test
    void aZipBombStopsAtWhatPayloadOxumDeclares() throws IOException {
        // A bag whose one payload file inflates to 64 MiB of zeros while bag-info.txt declares 10 bytes.
        Path bomb = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "b/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
            put(zip, "b/bag-info.txt", "Payload-Oxum: 10.1\n".getBytes(StandardCharsets.UTF_8));
            put(zip, "b/manifest-sha256.txt", ("0".repeat(64) + "  data/zeros.bin\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("b/data/zeros.bin"));
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        Verification v = verbatim.verify(bomb);
        assertThat(v.problems()).extracting(Problem::toString).contains(
                "CHANGED data/zeros.bin: payload larger than Payload-Oxum declares; stopped reading (a zip bomb, or files grown)");
    }

    @Test
    void aFolderWithoutBagitTxtIsNotABag() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plain"));
        Verification v = verbatim.verify(folder);
        assertThat(v.problems()).extracting(Problem::toString).containsExactly("MISSING bagit.txt: not a bag: there is no bagit.txt");
    }

    @Test
    void aMalformedBagitTxtIsNamed() throws IOException {
        Files.writeString(bag.resolve("bagit.txt"), "garbage\n");
        Verification v = verbatim.verify(bag);
        assertThat(v.problems()).extracting(Problem::kind, Problem::path).contains(
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.MALFORMED, "bagit.txt"),
                org.assertj.core.groups.Tuple.tuple(Problem.Kind.CHANGED, "bagit.txt"));
    }

    @Test
    void nothingThereOrNotAZipIsAnIoError() throws IOException {
        assertThatThrownBy(() -> verbatim.verify(dir.resolve("missing"))).isInstanceOf(NoSuchFileException.class);
        Path notZip = Files.writeString(dir.resolve("x.zip"), "not a zip");
        assertThatThrownBy(() -> verbatim.verify(notZip)).isInstanceOf(IOException.class)
                .hasMessageContaining("neither a bag directory nor a zip file");
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Copies a zip, replacing (or adding) one entry. */
    private static void rewriteZip(Path from, Path to, String name, byte[] content) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean replaced = false;
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(name)) {
                    bytes = content;
                    replaced = true;
                }
                put(zip, e.getName(), bytes);
            }
            if (!replaced) {
                put(zip, name, content);
            }
        }
    }

    private static String sha256Of(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String tagManifestEntry(String tagManifest, String file) throws IOException {
        return Files.readAllLines(bag.resolve(tagManifest)).stream().filter(l -> l.endsWith("  " + file))
                .map(l -> l.substring(0, l.indexOf(' '))).findFirst().orElseThrow();
    }
}
