package io.github.verbatim.bundle;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.capture.ArchivePaths;
import io.github.verbatim.capture.Checksums;
import io.github.verbatim.capture.ChecksummingCopy;
import io.github.verbatim.capture.InputCollector;
import io.github.verbatim.capture.InputFile;
import io.github.verbatim.capture.InputIssue;
import io.github.verbatim.capture.InputScan;
import io.github.verbatim.capture.ScannedInput;
import io.github.verbatim.extract.ArticlePipeline;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Origin;
import io.github.verbatim.read.ReadException;
import io.github.verbatim.report.BundleDocuments;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Writes a citation bundle from inputs: captures each file's bytes into {@code data/originals/},
 * reads each into an article, and writes the article documents, {@code collection.json}, the
 * documents derived from all articles ({@link BundleDocuments}: citations, annotations, provenance,
 * report) and the BagIt tag files.
 *
 * <p>The bag is built in a temporary folder beside the output and moved into place only when
 * complete, so an existing output is never left half-written. One input that cannot be captured
 * or read never stops the others: it is recorded as a {@link Failure}, and its bytes, where they
 * could be copied, are archived all the same.
 */
public final class Bundler {

    private final ArticlePipeline pipeline;
    private final Clock clock;

    /**
     * Creates a bundler.
     *
     * @param pipeline reads captured bytes into articles
     * @param clock gives capture and bagging times
     */
    public Bundler(ArticlePipeline pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /**
     * Writes a bundle.
     *
     * @param inputs files and folders (walked recursively)
     * @param output a directory to create, or a file ending in {@code .zip} for a zipped bag
     * @param options how to write it
     * @return the bundle's articles, inputs and failures
     * @throws FileAlreadyExistsException if the output exists and the options do not replace it
     * @throws IOException if the bundle itself cannot be written (inputs' problems are failures
     *     in the result, not exceptions)
     */
    public BundleResult bundle(List<Path> inputs, Path output, BundleOptions options) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        if (out.getParent() == null) {
            throw new IOException("cannot write a bundle at the file-system root: " + output);
        }
        String outName = out.getFileName().toString();
        boolean zip = outName.toLowerCase(Locale.ROOT).endsWith(".zip");
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            if (!options.replaceExisting()) {
                throw new FileAlreadyExistsException(output.toString(), null, "output exists; choose another or replace it");
            }
            if (!isBag(out, zip)) {
                throw new FileAlreadyExistsException(output.toString(), null, "output exists and is not a bag"
                        + (zip ? " zip" : " folder") + "; only a bag is ever replaced");
            }
        }
        String bagName = zip ? outName.substring(0, outName.length() - 4) : outName;
        Files.createDirectories(out.getParent());
        Path staging = Files.createTempDirectory(out.getParent(), ".verbatim-staging-");
        try {
            Path bagDir = staging.resolve(bagName.isEmpty() ? "bag" : bagName);
            Files.createDirectories(bagDir.resolve("data/originals"));
            Run run = new Run(new BagWriter(bagDir), options);
            InputScan scan = new InputCollector(List.of(out, staging)).scan(inputs);
            run.captureAll(scan);
            CollectionDocument collection = run.finish();
            if (zip) {
                Path zipFile = staging.resolve("bag.zip");
                BagZipper.zip(bagDir, zipFile, run.started);
                Files.move(zipFile, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                moveInto(bagDir, out, staging);
            }
            return new BundleResult(output, run.articleList(), collection);
        } finally {
            deleteRecursively(staging);
        }
    }

    /** One bundle being written. */
    private final class Run {
        final BagWriter bag;
        final BundleOptions options;
        final Instant started = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        final Map<String, Article> articles = new LinkedHashMap<>();
        final Map<String, List<Origin>> origins = new LinkedHashMap<>();
        final Map<String, String> firstLocation = new LinkedHashMap<>();
        final Map<String, Capture> captures = new LinkedHashMap<>();
        final List<InputRecord> inputs = new ArrayList<>();
        final List<Failure> failures = new ArrayList<>();
        int incoming;

        Run(BagWriter bag, BundleOptions options) {
            this.bag = bag;
            this.options = options;
        }

        void captureAll(InputScan scan) {
            int total = scan.files().size();
            int index = 0;
            for (ScannedInput input : scan.inputs()) {
                if (input instanceof InputFile file) {
                    options.progress().started(++index, total, file.location());
                    captureOne(file);
                } else if (input instanceof InputIssue issue && issue.failed()) {
                    fail(new Failure(issue.location(), Failure.Stage.COLLECT, issue.reason(), null, null));
                } else if (input instanceof InputIssue issue) {
                    inputs.add(new InputRecord(issue.location(), InputStatus.SKIPPED, null, null, issue.reason()));
                }
            }
        }

        private void captureOne(InputFile file) {
            Path originals = bag.root().resolve("data/originals");
            Path temp = originals.resolve(".incoming-" + (++incoming));
            Checksums sums;
            Instant capturedAt = clock.instant();
            Instant modified = null;
            try {
                modified = Files.getLastModifiedTime(file.path()).toInstant();
                sums = ChecksummingCopy.copy(file.path(), temp);
            } catch (IOException e) {
                deleteQuietly(temp);
                fail(new Failure(file.location(), Failure.Stage.CAPTURE, "cannot read: " + InputCollector.describe(e),
                        null, null));
                return;
            }
            Origin origin = new Origin("file", file.location(), capturedAt, modified);
            String sha = sums.sha256();
            if (origins.containsKey(sha)) {
                deleteQuietly(temp);
                origins.get(sha).add(origin);
                Article article = articles.get(sha);
                inputs.add(new InputRecord(file.location(), InputStatus.DUPLICATE, sha,
                        article == null ? null : article.id(), "the same bytes as " + firstLocation.get(sha)));
                return;
            }
            String mediaType;
            String archivedAs;
            try {
                mediaType = pipeline.registry().detect(temp, file.path().getFileName().toString());
                archivedAs = ArchivePaths.original(sha, mediaType);
                Files.move(temp, bag.root().resolve(archivedAs));
            } catch (IOException e) {
                deleteQuietly(temp);
                fail(new Failure(file.location(), Failure.Stage.CAPTURE,
                        "cannot archive: " + InputCollector.describe(e), sha, null));
                return;
            }
            bag.addPayload(archivedAs, sums);
            origins.put(sha, new ArrayList<>(List.of(origin)));
            firstLocation.put(sha, file.location());
            Capture capture = new Capture(sha, sums.size(), mediaType, archivedAs, List.of(origin));
            captures.put(sha, capture);
            if (sums.size() > options.maxReadBytes()) {
                fail(new Failure(file.location(), Failure.Stage.READ, "too large to read: " + sums.size()
                        + " bytes, over the limit of " + options.maxReadBytes() + "; the original is archived",
                        sha, archivedAs));
                return;
            }
            try {
                Article article = pipeline.read(bag.root().resolve(archivedAs), capture);
                articles.put(sha, article);
                inputs.add(new InputRecord(file.location(), InputStatus.READ, sha, article.id(), null));
            } catch (ReadException e) {
                fail(new Failure(file.location(), Failure.Stage.READ, e.problem(), sha, archivedAs));
            } catch (IOException e) {
                fail(new Failure(file.location(), Failure.Stage.READ,
                        "cannot read the archived copy: " + InputCollector.describe(e), sha, archivedAs));
            }
        }

        private void fail(Failure failure) {
            failures.add(failure);
            inputs.add(new InputRecord(failure.location(), InputStatus.FAILED, failure.sha256(), null, failure.reason()));
            options.progress().failed(failure);
        }

        /** Writes the documents and tag files; returns the collection document. */
        CollectionDocument finish() throws IOException {
            List<ArticleEntry> entries = new ArrayList<>();
            for (Map.Entry<String, Article> e : articles.entrySet()) {
                String sha = e.getKey();
                Capture capture = captures.get(sha);
                Article article = e.getValue().withCapture(new Capture(sha, capture.size(), capture.mediaType(),
                        capture.archivedAs(), origins.get(sha)));
                e.setValue(article);
                String path = "data/articles/" + sha + ".json";
                bag.writePayload(path, VerbatimJson.toBytes(article));
                entries.add(new ArticleEntry(article.id(), article.title(), article.published(), path,
                        capture.archivedAs()));
            }
            CollectionDocument collection = new CollectionDocument(SoftwareAgent.of("bundler"), started, inputs,
                    entries, failures);
            bag.writePayload("data/collection.json", VerbatimJson.toBytes(collection));
            for (Map.Entry<String, byte[]> file : BundleDocuments.render(articleList(), VerbatimJson.toBytes(collection),
                    clock.instant()).entrySet()) {
                bag.writePayload(file.getKey(), file.getValue());
            }
            String description = "Citation bundle made by " + SoftwareAgent.NAME + ": " + articles.size() + " article"
                    + (articles.size() == 1 ? "" : "s") + " from " + inputs.size() + " input"
                    + (inputs.size() == 1 ? "" : "s") + ", " + failures.size() + " failed";
            bag.finish(started.atOffset(ZoneOffset.UTC).toLocalDate(), description,
                    SoftwareAgent.NAME + " " + SoftwareAgent.VERSION + " <" + SoftwareAgent.URL + ">");
            return collection;
        }

        List<Article> articleList() {
            return List.copyOf(articles.values());
        }
    }

    /** Returns whether {@code out} is a bag (a folder with bagit.txt, or a zip holding one), so safe to replace. */
    private static boolean isBag(Path out, boolean zip) {
        if (!zip) {
            return Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(out.resolve("bagit.txt"), LinkOption.NOFOLLOW_LINKS);
        }
        if (!Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (ZipFile file = new ZipFile(out.toFile())) {
            return file.stream().anyMatch(e -> e.getName().equals("bagit.txt") || e.getName().endsWith("/bagit.txt")
                    && e.getName().indexOf('/') == e.getName().length() - "/bagit.txt".length());
        } catch (IOException e) {
            return false;
        }
    }

    /** Moves the finished bag to {@code out}, replacing what is there only once the bag is whole. */
    private static void moveInto(Path bagDir, Path out, Path staging) throws IOException {
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            Path old = staging.resolve("replaced");
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(bagDir, out, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover in the staging folder goes with the folder.
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
