package io.github.verbatim;

import io.github.verbatim.bundle.BagVerifier;
import io.github.verbatim.bundle.BundleOptions;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.Bundler;
import io.github.verbatim.bundle.Extraction;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.bundle.Verification;
import io.github.verbatim.capture.ArchivePaths;
import io.github.verbatim.capture.CaptureServices;
import io.github.verbatim.capture.ContainerReader;
import io.github.verbatim.capture.Input;
import io.github.verbatim.capture.UrlFetcher;
import io.github.verbatim.capture.Checksums;
import io.github.verbatim.capture.ChecksummingCopy;
import io.github.verbatim.collection.CollectionAnalysis;
import io.github.verbatim.collection.CollectionAnalyzer;
import io.github.verbatim.extract.ArticlePipeline;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Origin;
import io.github.verbatim.read.ArticleReader;
import io.github.verbatim.read.MediaTypeDetector;
import io.github.verbatim.read.ReadException;
import io.github.verbatim.read.ReaderRegistry;
import io.github.verbatim.capture.InputCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Verbatim's entry point: extract one article, bundle many inputs, verify a bundle.
 *
 * <pre>{@code
 * Verbatim verbatim = Verbatim.create();
 * Article article = verbatim.extract(Path.of("article.txt"));
 * BundleResult bundle = verbatim.bundle(List.of(Path.of("corpus")), Path.of("bundle.zip"));
 * Verification check = verbatim.verify(Path.of("bundle.zip"));
 *
 * // URLs and web archives: each page of a WARC file is an article
 * verbatim.bundleInputs(List.of(Input.parse("https://example.org/story"), Input.parse("crawl.warc.gz")),
 *         Path.of("bundle.zip"));
 * Extraction pages = verbatim.extractAll(Input.parse("crawl.warc.gz"));
 * }</pre>
 *
 * <p>{@link #create()} uses every reader, container reader and URL fetcher found through
 * {@link java.util.ServiceLoader} (add {@code verbatim-tika-adapter} for PDF, Office, HTML, WARC
 * and WACZ files and URLs) and Verbatim's own plain-text reader. Instances are immutable and safe
 * to share between threads.
 */
public final class Verbatim {

    private final ArticlePipeline pipeline;
    private final CaptureServices services;
    private final Clock clock;

    private Verbatim(ArticlePipeline pipeline, CaptureServices services, Clock clock) {
        this.pipeline = pipeline;
        this.services = services;
        this.clock = clock;
    }

    /** Returns a Verbatim with every reader on the class path. */
    public static Verbatim create() {
        return builder().build();
    }

    /** Returns a builder, to choose readers or the clock. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Captures and reads one file into an article, without writing anything. A container (a WARC
     * or WACZ file) is read if it holds exactly one article; {@link #extractAll(Input)} reads one
     * that holds several.
     *
     * @param file the file
     * @return the article, its capture naming {@code file} as origin
     * @throws ReadException if the file is not a readable document (or is a container that does
     *     not hold exactly one); the message says why
     * @throws IOException if the file cannot be read
     */
    public Article extract(Path file) throws ReadException, IOException {
        String location = file.toString().replace('\\', '/');
        Path dir;
        try {
            dir = Files.createTempDirectory("verbatim-");
        } catch (IOException e) {
            throw new IOException("cannot make a temporary folder to capture " + location + ": "
                    + InputCollector.describe(e), e);
        }
        Path copy = dir.resolve("original");
        try {
            Instant capturedAt = clock.instant();
            Checksums sums;
            Instant modified;
            try {
                modified = Files.getLastModifiedTime(file).toInstant();
                sums = ChecksummingCopy.copy(file, copy);
            } catch (IOException e) {
                throw new IOException(location + ": " + InputCollector.describe(e), e);
            }
            String mediaType = pipeline.registry().detect(copy, file.getFileName().toString());
            if (services.containerFor(mediaType).isPresent()) {
                return onlyArticle(location, extractAll(Input.file(file)));
            }
            Capture capture = new Capture(sums.sha256(), sums.size(), mediaType,
                    ArchivePaths.original(sums.sha256(), mediaType),
                    List.of(new Origin("file", location, capturedAt, modified)));
            return pipeline.read(copy, capture);
        } finally {
            deleteQuietly(copy);
            deleteQuietly(dir);
        }
    }

    /** Returns the one article a container gave, or says why there is not exactly one. */
    private static Article onlyArticle(String location, Extraction extraction) throws ReadException, IOException {
        if (extraction.articles().size() == 1 && extraction.complete()) {
            return extraction.articles().get(0);
        }
        if (!extraction.complete()) {
            Failure failure = extraction.failures().get(0);
            String problem = (failure.location().equals(location) ? "" : failure.location() + ": ") + failure.reason();
            if (failure.stage() == Failure.Stage.READ) {
                throw new ReadException(location, problem);
            }
            throw new IOException(location + ": " + problem);
        }
        throw new ReadException(location, "holds " + extraction.articles().size() + " articles, not one"
                + " (extractAll reads each)");
    }

    /**
     * Captures and reads one input — a file, a container such as a WARC file, or a URL — into
     * every article it holds, without writing anything, within the default limits.
     *
     * @param input the input; a folder's files are read too
     * @return the articles and what became of each document
     * @throws IOException if a temporary folder cannot be made; the input's own problems are
     *     failures in the result
     */
    public Extraction extractAll(Input input) throws IOException {
        return extractAll(input, BundleOptions.defaults());
    }

    /**
     * Captures and reads one input into every article it holds, without writing anything.
     *
     * @param input a file, folder, container or URL
     * @param options the limits and progress listener ({@code replaceExisting} does not apply)
     * @return the articles and what became of each document
     * @throws IOException if a temporary folder cannot be made; the input's own problems are
     *     failures in the result
     */
    public Extraction extractAll(Input input, BundleOptions options) throws IOException {
        return new Bundler(pipeline, services, clock).extract(List.of(input), options);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A temporary file left behind must not hide what happened while reading.
        }
    }

    /**
     * Writes a citation bundle with the default options (fails if the output exists).
     *
     * @param inputs files and folders
     * @param output a directory to create, or a file ending in {@code .zip}
     * @return the bundle's articles, inputs and failures
     * @throws IOException if the bundle cannot be written
     */
    public BundleResult bundle(List<Path> inputs, Path output) throws IOException {
        return bundle(inputs, output, BundleOptions.defaults());
    }

    /**
     * Writes a citation bundle.
     *
     * @param inputs files and folders (walked recursively)
     * @param output a directory to create, or a file ending in {@code .zip}
     * @param options whether to replace an existing output, the read limit, a progress listener
     * @return the bundle's articles, inputs and failures
     * @throws IOException if the bundle cannot be written; inputs' problems are failures in the
     *     result, not exceptions
     */
    public BundleResult bundle(List<Path> inputs, Path output, BundleOptions options) throws IOException {
        return new Bundler(pipeline, services, clock).bundle(inputs, output, options);
    }

    /**
     * Writes a citation bundle of files, folders and URLs with the default options.
     *
     * @param inputs files and folders (walked recursively) and URLs (fetched)
     * @param output a directory to create, or a file ending in {@code .zip}
     * @return the bundle's articles, inputs and failures
     * @throws IOException if the bundle cannot be written
     */
    public BundleResult bundleInputs(List<Input> inputs, Path output) throws IOException {
        return bundleInputs(inputs, output, BundleOptions.defaults());
    }

    /**
     * Writes a citation bundle of files, folders and URLs. Each URL is fetched and the exchange
     * kept as a WARC file; each WARC or WACZ file is kept and each page in it read as an article.
     *
     * @param inputs files and folders (walked recursively) and URLs (fetched)
     * @param output a directory to create, or a file ending in {@code .zip}
     * @param options whether to replace an existing output, the limits, a progress listener
     * @return the bundle's articles, inputs and failures
     * @throws IOException if the bundle cannot be written; inputs' problems are failures in the
     *     result, not exceptions
     */
    public BundleResult bundleInputs(List<Input> inputs, Path output, BundleOptions options) throws IOException {
        return new Bundler(pipeline, services, clock).bundleInputs(inputs, output, options);
    }

    /**
     * Analyzes articles across articles: the same statement in every outlet with what each
     * changed, the post it came from, how many outlets carry it, the facts the articles state
     * differently, and the order of posts and articles. Bundles hold the same analysis in
     * {@code collection.json}.
     *
     * @param articles the articles, in collection order
     * @return the analysis
     */
    public CollectionAnalysis analyze(List<Article> articles) {
        return new CollectionAnalyzer().analyze(articles);
    }

    /**
     * Verifies a bundle (or any BagIt bag), as a directory or a zip.
     *
     * @param bundle the bag
     * @return every problem, by file; none if the bag is intact
     * @throws IOException if there is no bag directory or zip at {@code bundle}
     */
    public Verification verify(Path bundle) throws IOException {
        return new BagVerifier().verify(bundle);
    }

    /** Builds a {@link Verbatim}. */
    public static final class Builder {
        private final List<ArticleReader> readers = new ArrayList<>();
        private final List<MediaTypeDetector> detectors = new ArrayList<>();
        private final List<ContainerReader> containers = new ArrayList<>();
        private final List<UrlFetcher> fetchers = new ArrayList<>();
        private boolean serviceLoader = true;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Adds a reader, used beside those found through {@link java.util.ServiceLoader}. */
        public Builder reader(ArticleReader reader) {
            readers.add(reader);
            return this;
        }

        /** Adds a media-type detector. */
        public Builder detector(MediaTypeDetector detector) {
            detectors.add(detector);
            return this;
        }

        /** Adds a container reader, asked before those found through {@link java.util.ServiceLoader}. */
        public Builder container(ContainerReader reader) {
            containers.add(reader);
            return this;
        }

        /** Adds a URL fetcher, asked before those found through {@link java.util.ServiceLoader}. */
        public Builder fetcher(UrlFetcher fetcher) {
            fetchers.add(fetcher);
            return this;
        }

        /**
         * Whether to use readers, detectors, container readers and fetchers found through
         * {@link java.util.ServiceLoader}; true by default.
         */
        public Builder serviceLoader(boolean use) {
            this.serviceLoader = use;
            return this;
        }

        /** Sets the clock that gives capture and bagging times; the system clock in UTC by default. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Returns the configured Verbatim. */
        public Verbatim build() {
            List<ArticleReader> allReaders = new ArrayList<>(readers);
            List<MediaTypeDetector> allDetectors = new ArrayList<>(detectors);
            List<ContainerReader> allContainers = new ArrayList<>(containers);
            List<UrlFetcher> allFetchers = new ArrayList<>(fetchers);
            if (serviceLoader) {
                allReaders.addAll(ReaderRegistry.discoverReaders());
                allDetectors.addAll(ReaderRegistry.discoverDetectors());
                allContainers.addAll(CaptureServices.discoverContainers());
                allFetchers.addAll(CaptureServices.discoverFetchers());
            }
            return new Verbatim(new ArticlePipeline(ReaderRegistry.of(allReaders, allDetectors)),
                    new CaptureServices(allContainers, allFetchers), clock);
        }
    }
}
