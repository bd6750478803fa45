package io.github.verbatim.bundle;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.capture.ArchivePaths;
import io.github.verbatim.capture.CaptureServices;
import io.github.verbatim.capture.Checksums;
import io.github.verbatim.capture.ChecksummingCopy;
import io.github.verbatim.capture.ContainedDocument;
import io.github.verbatim.capture.Container;
import io.github.verbatim.capture.ContainerReader;
import io.github.verbatim.capture.ContainerSink;
import io.github.verbatim.capture.FetchException;
import io.github.verbatim.capture.FetchRequest;
import io.github.verbatim.capture.FetchResult;
import io.github.verbatim.capture.Input;
import io.github.verbatim.capture.InputCollector;
import io.github.verbatim.capture.InputFile;
import io.github.verbatim.capture.InputIssue;
import io.github.verbatim.capture.InputScan;
import io.github.verbatim.capture.InputUrl;
import io.github.verbatim.capture.ScannedInput;
import io.github.verbatim.capture.UrlFetcher;
import io.github.verbatim.collection.CollectionAnalyzer;
import io.github.verbatim.extract.ArticlePipeline;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Origin;
import io.github.verbatim.read.ReadException;
import io.github.verbatim.report.BundleDocuments;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Writes a citation bundle from inputs: captures each file's bytes into {@code data/originals/},
 * reads each into an article, and writes the article documents, {@code collection.json}, the
 * documents derived from all articles ({@link BundleDocuments}: citations, annotations, provenance,
 * report) and the BagIt tag files.
 *
 * <p>An input may be a container (a WARC or WACZ file) that a {@link ContainerReader} reads into
 * the documents it holds: the container is archived as an original, and each document in it is
 * captured and read as an input of its own. A URL is fetched by a {@link UrlFetcher} into a WARC
 * file, which is archived and read the same way.
 *
 * <p>The bag is built in a temporary folder beside the output and moved into place only when
 * complete, so an existing output is never left half-written. One input that cannot be captured
 * or read never stops the others: it is recorded as a {@link Failure}, and its bytes, where they
 * could be copied, are archived all the same.
 */
public final class Bundler {

    /** The media type of the WARC files a fetcher writes. */
    private static final String WARC = "application/warc";

    private final ArticlePipeline pipeline;
    private final CaptureServices services;
    private final Clock clock;

    /**
     * Creates a bundler that reads every input as one document: no container readers, no URLs.
     *
     * @param pipeline reads captured bytes into articles
     * @param clock gives capture and bagging times
     */
    public Bundler(ArticlePipeline pipeline, Clock clock) {
        this(pipeline, CaptureServices.none(), clock);
    }

    /**
     * Creates a bundler.
     *
     * @param pipeline reads captured bytes into articles
     * @param services read containers into documents and fetch URLs
     * @param clock gives capture and bagging times
     */
    public Bundler(ArticlePipeline pipeline, CaptureServices services, Clock clock) {
        this.pipeline = pipeline;
        this.services = services;
        this.clock = clock;
    }

    /**
     * Writes a bundle of files and folders.
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
        return bundleInputs(inputs.stream().map(Input::file).toList(), output, options);
    }

    /**
     * Writes a bundle of files, folders and URLs.
     *
     * @param inputs files and folders (walked recursively) and URLs (fetched)
     * @param output a directory to create, or a file ending in {@code .zip} for a zipped bag
     * @param options how to write it
     * @return the bundle's articles, inputs and failures
     * @throws FileAlreadyExistsException if the output exists and the options do not replace it
     * @throws IOException if the bundle itself cannot be written (inputs' problems are failures
     *     in the result, not exceptions)
     */
    public BundleResult bundleInputs(List<Input> inputs, Path output, BundleOptions options) throws IOException {
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
            InputScan scan = new InputCollector(List.of(out, staging)).collect(inputs);
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

    /**
     * Captures and reads inputs as a bundle would, without writing one: the originals go to a
     * temporary folder, deleted before this returns.
     *
     * @param inputs files, folders and URLs
     * @param options the limits and progress listener ({@code replaceExisting} does not apply)
     * @return the articles, each with every origin of its bytes, and what became of each input
     * @throws IOException if the temporary folder cannot be made
     */
    public Extraction extract(List<Input> inputs, BundleOptions options) throws IOException {
        Path dir = Files.createTempDirectory("verbatim-extract-");
        try {
            Files.createDirectories(dir.resolve("data/originals"));
            Run run = new Run(new BagWriter(dir), options);
            run.captureAll(new InputCollector(List.of(dir)).collect(inputs));
            List<Article> articles = new ArrayList<>();
            for (Map.Entry<String, Article> e : run.articles.entrySet()) {
                Capture capture = run.captures.get(e.getKey());
                articles.add(e.getValue().withCapture(new Capture(capture.sha256(), capture.size(),
                        capture.mediaType(), capture.archivedAs(), run.origins.get(e.getKey()))));
            }
            return new Extraction(articles, run.inputs, run.failures);
        } finally {
            deleteRecursively(dir);
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
            int total = scan.count();
            int index = 0;
            for (ScannedInput input : scan.inputs()) {
                if (input instanceof InputFile file) {
                    options.progress().started(++index, total, file.location());
                    captureFile(file);
                } else if (input instanceof InputUrl url) {
                    options.progress().started(++index, total, url.location());
                    captureUrl(url);
                } else if (input instanceof InputIssue issue && issue.failed()) {
                    fail(new Failure(issue.location(), Failure.Stage.COLLECT, issue.reason(), null, null));
                } else if (input instanceof InputIssue issue) {
                    inputs.add(new InputRecord(issue.location(), InputStatus.SKIPPED, null, null, issue.reason()));
                }
            }
        }

        /** Returns a path for new bytes beside the originals, so archiving them is a rename. */
        private Path incoming() {
            return bag.root().resolve("data/originals/.incoming-" + (++incoming));
        }

        private void captureFile(InputFile file) {
            Path temp = incoming();
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
            Origin origin = new Origin(Origin.FILE, file.location(), capturedAt, modified);
            captureBytes(file.location(), origin, temp, sums, file.path().getFileName().toString(), null, null);
        }

        private void captureUrl(InputUrl url) {
            Optional<UrlFetcher> fetcher = services.fetcherFor(url.uri());
            if (fetcher.isEmpty()) {
                fail(new Failure(url.location(), Failure.Stage.CAPTURE, "cannot fetch URLs: no fetcher on the class path"
                        + " (verbatim-tika-adapter fetches http and https)", null, null));
                return;
            }
            Path warc = incoming();
            FetchResult fetched;
            Checksums sums;
            try {
                fetched = fetcher.get().fetch(new FetchRequest(url.uri(), options.fetchTimeout(), options.maxReadBytes(),
                        FetchRequest.DEFAULT_MAX_REDIRECTS, clock), warc);
                try (InputStream in = Files.newInputStream(warc)) {
                    sums = ChecksummingCopy.copy(in, null);
                }
            } catch (FetchException e) {
                deleteQuietly(warc);
                fail(new Failure(url.location(), Failure.Stage.CAPTURE, e.problem(), null, null));
                return;
            } catch (IOException | RuntimeException e) {
                deleteQuietly(warc);
                fail(new Failure(url.location(), Failure.Stage.CAPTURE, "cannot fetch: " + describe(e), null, null));
                return;
            }
            String sha = sums.sha256();
            String archivedAs = ArchivePaths.original(sha, WARC);
            try {
                if (!Files.exists(bag.root().resolve(archivedAs))) {
                    Files.move(warc, bag.root().resolve(archivedAs));
                    bag.addPayload(archivedAs, sums);
                }
            } catch (IOException e) {
                deleteQuietly(warc);
                fail(new Failure(url.location(), Failure.Stage.CAPTURE, "cannot archive the exchange: "
                        + InputCollector.describe(e), sha, null));
                return;
            } finally {
                deleteQuietly(warc);
            }
            if (fetched.problem() != null) {
                fail(new Failure(url.location(), Failure.Stage.CAPTURE, fetched.problem()
                        + "; the exchange is archived as a WARC file", sha, archivedAs));
                return;
            }
            Optional<ContainerReader> reader = services.containerFor(WARC);
            if (reader.isEmpty()) {
                fail(new Failure(url.location(), Failure.Stage.READ, "no reader for WARC files, so none for what"
                        + " was fetched; the exchange is archived", sha, archivedAs));
                return;
            }
            Expansion expansion = new Expansion(url.location(), sha, archivedAs, fetched);
            expansion.run(reader.get(), bag.root().resolve(archivedAs), new Container(archivedAs, WARC, archivedAs));
            if (expansion.outcomes() == 0) {
                List<String> found = expansion.ignored.keySet().stream().filter(what -> !what.endsWith(" record")).toList();
                fail(new Failure(url.location(), Failure.Stage.READ, "the response is not an article"
                        + (found.isEmpty() ? "" : " (" + String.join(", ", found) + ")") + "; the exchange is archived",
                        sha, archivedAs));
            }
        }

        /**
         * Archives bytes written at {@code temp} (moving them into the originals) and reads them:
         * into an article, into the documents of a container, or into a failure.
         *
         * @param location the input as records and failures name it
         * @param origin where the bytes came from
         * @param temp the bytes, moved or deleted here
         * @param sums their checksums
         * @param name a file name, a hint for detection
         * @param problem why the bytes are archived but not read, or null to read them
         * @param container the container expansion these bytes come from, or null for an input given
         * @return what became of the bytes, or null if they were not taken (not a possible article)
         */
        private @Nullable InputStatus captureBytes(String location, Origin origin, Path temp, Checksums sums,
                String name, @Nullable String problem, @Nullable Expansion container) {
            String sha = sums.sha256();
            if (origins.containsKey(sha)) {
                deleteQuietly(temp);
                origins.get(sha).add(origin);
                Article article = articles.get(sha);
                inputs.add(new InputRecord(location, InputStatus.DUPLICATE, sha,
                        article == null ? null : article.id(), "the same bytes as " + firstLocation.get(sha)));
                return InputStatus.DUPLICATE;
            }
            String mediaType;
            String archivedAs;
            try {
                mediaType = pipeline.registry().detect(temp, name);
                if (container != null && problem == null && !MemberTypes.readable(mediaType, pipeline.registry())) {
                    deleteQuietly(temp);
                    container.ignored(mediaType + " document");
                    return null;
                }
                archivedAs = ArchivePaths.original(sha, mediaType);
                Files.move(temp, bag.root().resolve(archivedAs));
            } catch (IOException e) {
                deleteQuietly(temp);
                fail(new Failure(location, Failure.Stage.CAPTURE,
                        "cannot archive: " + InputCollector.describe(e), sha, null));
                return InputStatus.FAILED;
            }
            bag.addPayload(archivedAs, sums);
            origins.put(sha, new ArrayList<>(List.of(origin)));
            firstLocation.put(sha, location);
            Optional<ContainerReader> reader = container == null ? services.containerFor(mediaType) : Optional.empty();
            if (reader.isPresent()) {
                new Expansion(location, sha, archivedAs, null).run(reader.get(), bag.root().resolve(archivedAs),
                        new Container(location, mediaType, archivedAs));
                return InputStatus.EXPANDED;
            }
            Capture capture = new Capture(sha, sums.size(), mediaType, archivedAs, List.of(origin));
            captures.put(sha, capture);
            if (problem != null) {
                fail(new Failure(location, Failure.Stage.READ, problem, sha, archivedAs));
                return InputStatus.FAILED;
            }
            if (sums.size() > options.maxReadBytes()) {
                fail(new Failure(location, Failure.Stage.READ, "too large to read: " + sums.size()
                        + " bytes, over the limit of " + options.maxReadBytes() + "; the original is archived",
                        sha, archivedAs));
                return InputStatus.FAILED;
            }
            try {
                Article article = pipeline.read(bag.root().resolve(archivedAs), capture, options.readTimeout());
                articles.put(sha, article);
                inputs.add(new InputRecord(location, InputStatus.READ, sha, article.id(), null));
                return InputStatus.READ;
            } catch (ReadException e) {
                fail(new Failure(location, Failure.Stage.READ, e.problem(), sha, archivedAs));
            } catch (IOException e) {
                fail(new Failure(location, Failure.Stage.READ,
                        "cannot read the archived copy: " + InputCollector.describe(e), sha, archivedAs));
            }
            return InputStatus.FAILED;
        }

        private void fail(Failure failure) {
            failures.add(failure);
            inputs.add(new InputRecord(failure.location(), InputStatus.FAILED, failure.sha256(), null, failure.reason()));
            options.progress().failed(failure);
        }

        /**
         * One container being read: receives its documents and counts what became of them. For a
         * fetched URL the documents take the URL's name and an origin of kind {@code url}, and the
         * container itself is not listed (the URL is the input); for a file it is listed first,
         * as {@code expanded}, with a note that counts its contents.
         */
        private final class Expansion implements ContainerSink {
            final String location;
            final String sha;
            final String archivedAs;
            final @Nullable FetchResult fetched;
            final Map<String, Integer> ignored = new TreeMap<>();
            final Map<InputStatus, Integer> outcomes = new EnumMap<>(InputStatus.class);
            final List<Path> handedOut = new ArrayList<>();

            Expansion(String location, String sha, String archivedAs, @Nullable FetchResult fetched) {
                this.location = location;
                this.sha = sha;
                this.archivedAs = archivedAs;
                this.fetched = fetched;
            }

            void run(ContainerReader reader, Path file, Container container) {
                int listedAt = inputs.size();
                if (fetched == null) {
                    inputs.add(new InputRecord(location, InputStatus.EXPANDED, sha, null, "being read"));
                }
                String problem = null;
                try {
                    reader.read(file, container, this);
                } catch (IOException | RuntimeException e) {
                    problem = "cannot read it as a " + reader.name().toUpperCase(Locale.ROOT) + " file: " + describe(e);
                } finally {
                    handedOut.forEach(Bundler::deleteQuietly);
                }
                if (fetched != null) {
                    if (problem != null) {
                        fail(new Failure(location, Failure.Stage.READ, problem, sha, archivedAs));
                    }
                    return;
                }
                if (problem != null && outcomes() == 0) {
                    inputs.remove(listedAt);
                    fail(new Failure(location, Failure.Stage.READ, problem + "; the original is archived", sha, archivedAs));
                    return;
                }
                if (problem != null) {
                    Failure failure = new Failure(location, Failure.Stage.READ, problem
                            + "; what came before it was read", sha, archivedAs);
                    failures.add(failure);
                    options.progress().failed(failure);
                }
                inputs.set(listedAt, new InputRecord(location, InputStatus.EXPANDED, sha, null,
                        summary(reader.name(), problem)));
            }

            int outcomes() {
                return outcomes.values().stream().mapToInt(Integer::intValue).sum();
            }

            private void count(@Nullable InputStatus status) {
                if (status != null) {
                    outcomes.merge(status, 1, Integer::sum);
                }
            }

            private String summary(String format, @Nullable String problem) {
                StringBuilder note = new StringBuilder(format.toUpperCase(Locale.ROOT)).append(" file: ");
                List<String> parts = new ArrayList<>();
                outcomes.forEach((status, n) -> parts.add(n + " " + status.name().toLowerCase(Locale.ROOT)));
                note.append(parts.isEmpty() ? "no documents" : String.join(", ", parts));
                if (!ignored.isEmpty()) {
                    List<String> others = new ArrayList<>();
                    ignored.forEach((what, n) -> others.add(n + " " + what));
                    note.append("; not articles: ").append(String.join(", ", others));
                }
                if (problem != null) {
                    note.append("; then stopped: ").append(problem);
                }
                return note.toString();
            }

            @Override
            public boolean wants(String declaredType) {
                return MemberTypes.wanted(declaredType, pipeline.registry());
            }

            @Override
            public Path newFile() {
                Path file = incoming();
                handedOut.add(file);
                return file;
            }

            @Override
            public void document(ContainedDocument document) {
                Origin origin = document.origin();
                String at = document.location();
                if (fetched != null) {
                    at = location;
                    origin = new Origin(Origin.URL, location, origin.capturedAt(), origin.modified(),
                            origin.http() == null ? null : origin.http().withRedirects(fetched.redirects()), origin.warc());
                }
                try {
                    count(captureBytes(at, origin, document.file(), document.checksums(),
                            MemberTypes.nameHint(document.name(), document.declaredType()), document.problem(), this));
                } catch (RuntimeException e) {
                    deleteQuietly(document.file());
                    fail(new Failure(at, Failure.Stage.CAPTURE, "cannot capture: " + describe(e), null, null));
                    count(InputStatus.FAILED);
                }
            }

            @Override
            public void sameAs(String at, Origin origin, String sha256) {
                List<Origin> earlier = origins.get(sha256);
                if (earlier == null) {
                    skipped(at, "the same bytes as a document that was not captured");
                    return;
                }
                earlier.add(origin);
                Article article = articles.get(sha256);
                inputs.add(new InputRecord(fetched == null ? at : location, InputStatus.DUPLICATE, sha256,
                        article == null ? null : article.id(), "the same bytes as " + firstLocation.get(sha256)));
                count(InputStatus.DUPLICATE);
            }

            @Override
            public void skipped(String at, String reason) {
                inputs.add(new InputRecord(fetched == null ? at : location, InputStatus.SKIPPED, null, null, reason));
                count(InputStatus.SKIPPED);
            }

            @Override
            public void ignored(String what) {
                ignored.merge(what, 1, Integer::sum);
            }

            @Override
            public void failed(String at, String reason) {
                fail(new Failure(fetched == null ? at : location, Failure.Stage.CAPTURE, reason, sha, archivedAs));
                count(InputStatus.FAILED);
            }
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
                    entries, failures, new CollectionAnalyzer().analyze(articleList()));
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

    /** Describes an unexpected failure in a few words: its message, or its kind if it has none. */
    private static String describe(Throwable e) {
        if (e instanceof IOException io) {
            return InputCollector.describe(io);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
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
