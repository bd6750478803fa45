package io.github.verbatim.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleOptions;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.CollectionDocument;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.bundle.InputRecord;
import io.github.verbatim.bundle.InputStatus;
import io.github.verbatim.bundle.ProgressListener;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundling through the public API, as a library user does it. */
class BundleTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    @TempDir
    Path dir;

    @Test
    void bundlesTheSeedCorpusIntoAValidBag() throws Exception {
        Path out = dir.resolve("seeds-bundle");
        BundleResult result = verbatim.bundle(List.of(Seeds.dir()), out);

        assertThat(result.complete()).isTrue();
        assertThat(result.articles()).hasSize(5);
        assertThat(Files.readString(out.resolve("bagit.txt")))
                .isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        for (Path seed : Seeds.files()) {
            String sha = Seeds.sha256(seed);
            Path original = out.resolve("data/originals/" + sha + ".txt");
            assertThat(original).hasSameBinaryContentAs(seed);
            Article article = VerbatimJson.read(Files.readAllBytes(out.resolve("data/articles/" + sha + ".json")),
                    Article.class);
            assertThat(article.id()).isEqualTo("sha256:" + sha);
            assertThat(article.text()).isEqualTo(Seeds.text(seed));
            assertThat(article.capture().origins()).singleElement()
                    .satisfies(o -> assertThat(o.location()).isEqualTo(Seeds.dir() + "/" + seed.getFileName()));
            assertThat(article.capture().origins().get(0).capturedAt()).isEqualTo(NOW);
        }
        assertThat(verbatim.verify(out).valid()).isTrue();
        // originals, articles, collection.json, four citation files, annotations, provenance, report; tag files
        assertThat(verbatim.verify(out).filesChecked()).isEqualTo(5 + 5 + 1 + 4 + 3 + 4);
    }

    @Test
    void bagInfoAndManifestsDescribeThePayloadExactly() throws Exception {
        Path out = dir.resolve("bag");
        verbatim.bundle(List.of(Seeds.dir()), out);

        Map<String, String> sha512 = new TreeMap<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(out.resolve("data"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                bytes += content.length;
                sha512.put(out.relativize(file).toString(), hex("SHA-512", content));
            }
        }
        assertThat(sha512).hasSize(18);
        StringBuilder expected = new StringBuilder();
        sha512.forEach((path, hash) -> expected.append(hash).append("  ").append(path).append('\n'));
        assertThat(Files.readString(out.resolve("manifest-sha512.txt"))).isEqualTo(expected.toString());
        assertThat(Files.readAllLines(out.resolve("manifest-sha256.txt"))).hasSize(18);
        assertThat(Files.readAllLines(out.resolve("bag-info.txt"))).containsExactly(
                "Bagging-Date: 2026-11-21",
                "Payload-Oxum: " + bytes + ".18",
                "Bag-Software-Agent: Verbatim " + io.github.verbatim.SoftwareAgent.VERSION
                        + " <https://github.com/verbatim/verbatim>",
                "External-Description: Citation bundle made by Verbatim: 5 articles from 5 inputs, 0 failed");
        assertThat(Files.readAllLines(out.resolve("tagmanifest-sha512.txt"))).extracting(l -> l.substring(130))
                .containsExactly("bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt");
    }

    @Test
    void zipOutputIsAZippedBagInOneFolderNamedLikeTheZip() throws Exception {
        Path zip = dir.resolve("seeds-bundle.zip");
        BundleResult result = verbatim.bundle(List.of(Seeds.dir()), zip);
        assertThat(result.output()).isEqualTo(zip);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            List<String> names = z.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertThat(names).allMatch(n -> n.startsWith("seeds-bundle/"));
            assertThat(names).contains("seeds-bundle/bagit.txt", "seeds-bundle/data/collection.json",
                    "seeds-bundle/data/citations/citations.json",
                    "seeds-bundle/data/originals/" + Seeds.sha256(Seeds.seed("000")) + ".txt");
        }
        assertThat(verbatim.verify(zip).valid()).isTrue();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(zip); // no staging folder left behind
        }
    }

    @Test
    void collectionAndCitationsDescribeTheArticles() throws Exception {
        Path out = dir.resolve("bag");
        verbatim.bundle(List.of(Seeds.seed("003"), Seeds.seed("004")), out);
        CollectionDocument collection = VerbatimJson.read(Files.readAllBytes(out.resolve("data/collection.json")),
                CollectionDocument.class);
        assertThat(collection.inputs()).extracting(InputRecord::status).containsExactly(InputStatus.READ, InputStatus.READ);
        assertThat(collection.failures()).isEmpty();
        assertThat(collection.articles()).extracting(a -> a.published()).containsExactly("2020-10-01", null);
        assertThat(collection.created()).isEqualTo(NOW);

        String sha004 = Seeds.sha256(Seeds.seed("004"));
        String citations = Files.readString(out.resolve("data/citations/citations.json"));
        assertThat(citations).contains("\"id\" : \"urbanislandz-nd-john-" + sha004.substring(0, 6) + "\"",
                "\"type\" : \"article-newspaper\"",
                "\"title\" : \"John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos Amid Miscarriage\"",
                "\"archive_location\" : \"data/originals/" + sha004 + ".txt\"");
        assertThat(citations.replaceAll("\\s", "")).contains("\"issued\":{\"date-parts\":[[2020,10,1]]}",
                "\"accessed\":{\"date-parts\":[[2026,11,21]]}");
    }

    @Test
    void badInputsFailOneByOneAndAreStillArchived() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Seeds.seed("000"), in.resolve("a-good.txt"));
        Files.write(in.resolve("b-empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(1).nextBytes(binary);
        Files.write(in.resolve("c-binary.txt"), binary);
        Files.write(in.resolve("d-latin1.txt"), "Café “au lait”, she said.".getBytes(Charset.forName("windows-1252")));
        Files.createSymbolicLink(in.resolve("e-broken-link.txt"), in.resolve("does-not-exist.txt"));
        Path out = dir.resolve("bag.zip");

        BundleResult result = verbatim.bundle(List.of(in), out);

        assertThat(result.articles()).hasSize(2);
        assertThat(result.failures()).extracting(Failure::toString).containsExactlyInAnyOrder(
                in + "/b-empty.txt: empty file (0 bytes), no text to read",
                in + "/c-binary.txt: binary data, not text: " + result.failures().stream()
                        .filter(f -> f.location().endsWith("c-binary.txt")).findFirst().orElseThrow().reason()
                        .substring("binary data, not text: ".length()),
                in + "/e-broken-link.txt: cannot read: broken symbolic link (points to " + in.resolve("does-not-exist.txt") + ")");
        Failure binaryFailure = result.failures().stream().filter(f -> f.location().endsWith("c-binary.txt")).findFirst().orElseThrow();
        assertThat(binaryFailure.stage()).isEqualTo(Failure.Stage.READ);
        assertThat(binaryFailure.sha256()).isEqualTo(hex("SHA-256", binary));
        assertThat(binaryFailure.archivedAs()).isEqualTo("data/originals/" + hex("SHA-256", binary) + ".txt");
        Failure empty = result.failures().stream().filter(f -> f.location().endsWith("b-empty.txt")).findFirst().orElseThrow();
        assertThat(empty.archivedAs()).isEqualTo("data/originals/" + hex("SHA-256", new byte[0]) + ".txt");

        assertThat(verbatim.verify(out).valid()).isTrue();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(out.toFile())) {
            java.util.zip.ZipEntry entry = z.getEntry("bag/" + binaryFailure.archivedAs());
            assertThat(z.getInputStream(entry).readAllBytes()).isEqualTo(binary);
            String collection = new String(z.getInputStream(z.getEntry("bag/data/collection.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(collection).contains("\"stage\" : \"read\"", "empty file (0 bytes)", "broken symbolic link");
        }
        Article latin = result.articles().stream().filter(a -> a.capture().origins().get(0).location().endsWith("d-latin1.txt"))
                .findFirst().orElseThrow();
        assertThat(latin.text()).isEqualTo("Café “au lait”, she said.");
        assertThat(latin.reader().warnings()).singleElement().asString().contains("windows-1252");
    }

    @Test
    void aFileThatVanishesMidRunIsAFailureAndTheRestGoOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Seeds.seed("000"), in.resolve("1.txt"));
        Files.copy(Seeds.seed("001"), in.resolve("2.txt"));
        Files.copy(Seeds.seed("002"), in.resolve("3.txt"));
        List<String> seen = new ArrayList<>();
        ProgressListener deleteTheNext = (index, total, location) -> {
            seen.add(index + "/" + total + " " + location);
            if (index == 1) {
                try {
                    Files.delete(in.resolve("2.txt"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        BundleResult result = verbatim.bundle(List.of(in), dir.resolve("bag"),
                BundleOptions.defaults().withProgress(deleteTheNext));
        assertThat(seen).containsExactly("1/3 " + in + "/1.txt", "2/3 " + in + "/2.txt", "3/3 " + in + "/3.txt");
        assertThat(result.articles()).hasSize(2);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(in + "/2.txt");
            assertThat(f.stage()).isEqualTo(Failure.Stage.CAPTURE);
            assertThat(f.reason()).isEqualTo("cannot read: no such file (it vanished or never existed)");
        });
        assertThat(verbatim.verify(dir.resolve("bag")).valid()).isTrue();
    }

    @Test
    void anUnreadableFileIsAFailure() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root reads every file").isNotEqualTo("root");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path locked = Files.writeString(in.resolve("locked.txt"), "Secret text.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        BundleResult result = verbatim.bundle(List.of(in), dir.resolve("bag"));
        assertThat(result.failures()).singleElement().extracting(Failure::reason).isEqualTo("cannot read: permission denied");
    }

    @Test
    void aFileWhoseReadFailsIsAFailureEvenForRoot() throws Exception {
        // /proc/self/mem is a regular file that no one can read from offset 0: every read is an I/O error.
        Path mem = Path.of("/proc/self/mem");
        assumeThat(Files.isRegularFile(mem)).as("Linux /proc").isTrue();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Seeds.seed("000"), in.resolve("a.txt"));
        Files.createSymbolicLink(in.resolve("b.txt"), mem);
        BundleResult result = verbatim.bundle(List.of(in), dir.resolve("bag"));
        assertThat(result.articles()).hasSize(1);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(in + "/b.txt");
            assertThat(f.stage()).isEqualTo(Failure.Stage.CAPTURE);
            assertThat(f.reason()).isEqualTo("cannot read: Input/output error");
            assertThat(f.archivedAs()).isNull();
        });
        assertThat(verbatim.verify(dir.resolve("bag")).valid()).isTrue();
    }

    @Test
    void theSameFileGivenTwiceIsTakenOnce() throws Exception {
        Path seed = Seeds.seed("001");
        BundleResult result = verbatim.bundle(List.of(seed, seed, Seeds.dir()), dir.resolve("bag"));
        assertThat(result.articles()).hasSize(5);
        assertThat(result.complete()).isTrue();
        List<InputRecord> skipped = result.collection().inputs().stream()
                .filter(i -> i.status() == InputStatus.SKIPPED).toList();
        assertThat(skipped).extracting(InputRecord::note).containsExactly(
                "skipped: the same file as " + seed + ", taken once",
                "skipped: the same file as " + seed + ", taken once");
    }

    @Test
    void identicalBytesUnderTwoNamesAreStoredOnceWithBothOrigins() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Seeds.seed("004"), in.resolve("copy-a.txt"));
        Files.copy(Seeds.seed("004"), in.resolve("copy-b.txt"));
        Path out = dir.resolve("bag");
        BundleResult result = verbatim.bundle(List.of(in), out);
        assertThat(result.articles()).singleElement().satisfies(a -> assertThat(a.capture().origins())
                .extracting(o -> o.location()).containsExactly(in + "/copy-a.txt", in + "/copy-b.txt"));
        assertThat(result.collection().inputs()).extracting(InputRecord::status)
                .containsExactly(InputStatus.READ, InputStatus.DUPLICATE);
        try (Stream<Path> originals = Files.list(out.resolve("data/originals"))) {
            assertThat(originals).hasSize(1);
        }
        Article stored = VerbatimJson.read(Files.readAllBytes(out.resolve("data/articles/"
                + Seeds.sha256(Seeds.seed("004")) + ".json")), Article.class);
        assertThat(stored.capture().origins()).hasSize(2);
    }

    @Test
    void anOutputInsideTheInputFolderIsNeverReadAsInput() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Path seed : Seeds.files()) {
            Files.copy(seed, in.resolve(seed.getFileName()));
        }
        Path out = in.resolve("bundle");
        assertThat(verbatim.bundle(List.of(in), out).articles()).hasSize(5);
        BundleResult again = verbatim.bundle(List.of(in), out, BundleOptions.defaults().withReplaceExisting(true));
        assertThat(again.articles()).hasSize(5);
        assertThat(again.complete()).isTrue();
        assertThat(again.collection().inputs()).filteredOn(i -> i.status() == InputStatus.SKIPPED)
                .singleElement().satisfies(i -> {
                    assertThat(i.location()).isEqualTo(in + "/bundle");
                    assertThat(i.note()).isEqualTo("skipped: it is the bundle's own output");
                });
        assertThat(verbatim.verify(out).valid()).isTrue();
    }

    @Test
    void anExistingOutputIsNeverOverwrittenUnlessAsked() throws Exception {
        Path out = dir.resolve("bag");
        verbatim.bundle(List.of(Seeds.seed("000")), out);
        assertThatThrownBy(() -> verbatim.bundle(List.of(Seeds.seed("001")), out))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage(out + ": output exists; choose another or replace it");
        assertThat(out.resolve("data/originals/" + Seeds.sha256(Seeds.seed("000")) + ".txt")).exists();

        verbatim.bundle(List.of(Seeds.seed("001")), out, BundleOptions.defaults().withReplaceExisting(true));
        assertThat(out.resolve("data/originals/" + Seeds.sha256(Seeds.seed("000")) + ".txt")).doesNotExist();
        assertThat(out.resolve("data/originals/" + Seeds.sha256(Seeds.seed("001")) + ".txt")).exists();
        assertThat(verbatim.verify(out).valid()).isTrue();
    }

    @Test
    void onlyABagIsEverReplaced() throws Exception {
        // A folder of the user's (here: the parent of the input) must survive even a replacing run.
        Path folder = Files.createDirectories(dir.resolve("work/sub"));
        Path input = Files.copy(Seeds.seed("000"), folder.resolve("keep.txt"));
        BundleOptions replace = BundleOptions.defaults().withReplaceExisting(true);
        assertThatThrownBy(() -> verbatim.bundle(List.of(input), folder.getParent(), replace))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage(folder.getParent() + ": output exists and is not a bag folder; only a bag is ever replaced");
        assertThat(input).exists();

        Path notABagZip = Files.writeString(dir.resolve("precious.zip"), "not a zip at all");
        assertThatThrownBy(() -> verbatim.bundle(List.of(input), notABagZip, replace))
                .hasMessage(notABagZip + ": output exists and is not a bag zip; only a bag is ever replaced");
        assertThat(notABagZip).hasContent("not a zip at all");

        Path bagZip = dir.resolve("bag.zip");
        verbatim.bundle(List.of(Seeds.seed("002")), bagZip);
        verbatim.bundle(List.of(input), bagZip, replace);
        assertThat(verbatim.verify(bagZip).valid()).isTrue();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("work", "precious.zip", "bag.zip");
        }
    }

    @Test
    void inputsAreRecordedInTheOrderGiven() throws Exception {
        Path missing = dir.resolve("missing.txt");
        BundleResult result = verbatim.bundle(List.of(Seeds.seed("001"), missing, Seeds.seed("000"), Seeds.seed("001")),
                dir.resolve("bag"));
        assertThat(result.collection().inputs()).extracting(InputRecord::location, InputRecord::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Seeds.seed("001").toString(), InputStatus.READ),
                org.assertj.core.groups.Tuple.tuple(missing.toString(), InputStatus.FAILED),
                org.assertj.core.groups.Tuple.tuple(Seeds.seed("000").toString(), InputStatus.READ),
                org.assertj.core.groups.Tuple.tuple(Seeds.seed("001").toString(), InputStatus.SKIPPED));
    }

    @Test
    void aMissingInputIsAFailureAndTheBagIsStillWritten() throws Exception {
        Path missing = dir.resolve("nope.txt");
        BundleResult result = verbatim.bundle(List.of(missing, Seeds.seed("000")), dir.resolve("bag"));
        assertThat(result.articles()).hasSize(1);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(missing.toString());
            assertThat(f.stage()).isEqualTo(Failure.Stage.COLLECT);
            assertThat(f.reason()).isEqualTo("no such file or folder");
        });
    }

    @Test
    void anInputOverTheReadLimitIsArchivedButNotRead() throws Exception {
        Path big = Seeds.seed("002");
        BundleResult result = verbatim.bundle(List.of(big, Seeds.seed("000")), dir.resolve("bag"),
                BundleOptions.defaults().withMaxReadBytes(5000));
        assertThat(result.articles()).hasSize(1);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo("too large to read: 11161 bytes, over the limit of 5000; the original is archived");
            assertThat(dir.resolve("bag").resolve(f.archivedAs())).hasSameBinaryContentAs(big);
        });
    }

    @Test
    void hiddenFilesAndNonRegularFilesAreLeftOut() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Seeds.seed("000"), in.resolve("article.txt"));
        Files.writeString(in.resolve(".DS_Store"), "junk");
        Files.createDirectories(in.resolve(".git"));
        Files.writeString(in.resolve(".git/HEAD"), "ref: refs/heads/main");
        BundleResult result = verbatim.bundle(List.of(in), dir.resolve("bag"));
        assertThat(result.collection().inputs()).extracting(InputRecord::location).containsExactly(in + "/article.txt");
    }

    private static String hex(String algorithm, byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    }
}
