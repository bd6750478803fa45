package io.github.verbatim.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import io.github.verbatim.text.ParagraphSplitter;
import io.github.verbatim.text.TextNormalizer;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Single-threaded throughput of {@link QuoteExtractor#extract} on real article text.
 *
 * <p>The corpus is every article body of the article-extraction benchmark's ground truth
 * ({@code ../shared/benchmarks/article-extraction/ground-truth.json} beside the repository) plus the
 * five seed articles, or, where that file is absent, the gold-set articles kept in the project. The
 * texts are normalized and split into paragraphs as the pipeline does, then copied (each copy its
 * own characters) until the corpus holds at least {@code --mb} megabytes of UTF-8. After warm-up
 * rounds, timed rounds run the extractor over the whole corpus on the calling thread; the report
 * gives MB/s (UTF-8 bytes of article text per second), articles/s, quotes found, peak heap and GC.
 *
 * <p>Run through {@code scripts/benchmark-quotes.sh}, which fixes the heap and pins one core.
 * Options: {@code --root <repo>} (default: found from the working folder), {@code --mb <n>} (50),
 * {@code --warmup <rounds>} (2), {@code --rounds <n>} (5).
 */
public final class QuoteSpeedBenchmark {

    private static final double MB = 1_000_000.0;

    private QuoteSpeedBenchmark() {
    }

    /** A distinct source text. */
    private record Source(String id, String text) {
    }

    /** Runs the benchmark; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path root = options.containsKey("root") ? Path.of(options.get("root")) : findRoot();
        double targetMb = Double.parseDouble(options.getOrDefault("mb", "50"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));

        List<String> from = new ArrayList<>();
        List<Source> sources = sources(root, from);
        if (sources.isEmpty()) {
            throw new IllegalStateException("no article text found under " + root);
        }
        long distinctBytes = sources.stream().mapToLong(s -> utf8(s.text())).sum();

        // Build the corpus: normalized, split, each copy with its own character array.
        List<ArticleText> corpus = new ArrayList<>();
        long corpusBytes = 0;
        for (int copy = 0; corpusBytes < targetMb * MB; copy++) {
            for (Source s : sources) {
                String text = TextNormalizer.normalize(new String(s.text().toCharArray()));
                NormalizedText normalized = NormalizedText.of(text);
                List<Span> paragraphs = ParagraphSplitter.split(normalized, 0);
                corpus.add(new ArticleText(normalized, s.id(), paragraphs));
                corpusBytes += utf8(text);
            }
        }

        Runtime rt = Runtime.getRuntime();
        System.out.println("Quote extractor speed benchmark");
        System.out.printf(Locale.ROOT, "JVM: %s %s, max heap %.0f MB, %d processor(s) available%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), rt.maxMemory() / MB,
                rt.availableProcessors());
        System.out.println("JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        from.forEach(f -> System.out.println("Texts: " + f));
        System.out.printf(Locale.ROOT, "Distinct texts: %d (%.2f MB UTF-8); corpus: %d articles, %.1f MB UTF-8%n",
                sources.size(), distinctBytes / MB, corpus.size(), corpusBytes / MB);

        QuoteExtractor extractor = new QuoteExtractor();
        for (int r = 0; r < warmup; r++) {
            long t0 = System.nanoTime();
            long quotes = run(extractor, corpus);
            System.out.printf(Locale.ROOT, "warm-up %d: %.3f s, %d quotes%n", r + 1, (System.nanoTime() - t0) / 1e9,
                    quotes);
        }

        System.gc();
        long retainedHeap = heapUsed();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcCount0 = gcCount();
        long gcMillis0 = gcMillis();

        double[] seconds = new double[rounds];
        long quotesPerRound = -1;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long quotes = run(extractor, corpus);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            if (quotesPerRound >= 0 && quotes != quotesPerRound) {
                throw new IllegalStateException("quote count changed between rounds: " + quotesPerRound + " then "
                        + quotes);
            }
            quotesPerRound = quotes;
            System.out.printf(Locale.ROOT, "round %d: %.3f s, %.1f MB/s, %.0f articles/s, %d quotes%n", r + 1,
                    seconds[r], corpusBytes / MB / seconds[r], corpus.size() / seconds[r], quotes);
        }
        long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long gcCount = gcCount() - gcCount0;
        long gcMillis = gcMillis() - gcMillis0;

        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        if (sorted.length % 2 == 0) {
            median = (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        double total = Arrays.stream(seconds).sum();
        System.out.printf(Locale.ROOT, "%nResult over %d timed rounds (one thread):%n", rounds);
        System.out.printf(Locale.ROOT, "  throughput   %.1f MB/s median (best %.1f, worst %.1f), UTF-8 bytes of text%n",
                corpusBytes / MB / median, corpusBytes / MB / sorted[0], corpusBytes / MB / sorted[sorted.length - 1]);
        System.out.printf(Locale.ROOT, "  articles     %.0f articles/s median%n", corpus.size() / median);
        System.out.printf(Locale.ROOT, "  quotes found %d per round (%.2f per article)%n", quotesPerRound,
                (double) quotesPerRound / corpus.size());
        System.out.printf(Locale.ROOT, "  heap         %.1f MB peak during timed rounds (sum of heap pool peaks), "
                + "%.1f MB retained by the corpus before them%n", peakHeap / MB, retainedHeap / MB);
        System.out.printf(Locale.ROOT, "  GC           %d collections, %d ms during %.3f s of timed rounds%n", gcCount,
                gcMillis, total);
    }

    /** Runs the extractor over the corpus once; returns the number of quotes found (nested included). */
    private static long run(QuoteExtractor extractor, List<ArticleText> corpus) {
        long quotes = 0;
        for (ArticleText article : corpus) {
            quotes += count(extractor.extract(article, List.of()));
        }
        return quotes;
    }

    private static long count(List<Quote> quotes) {
        long n = quotes.size();
        for (Quote q : quotes) {
            n += count(q.nested());
        }
        return n;
    }

    /** Reads the texts: the benchmark's ground truth if present, else the gold-set articles; and the seeds. */
    private static List<Source> sources(Path root, List<String> from) throws IOException {
        List<Source> sources = new ArrayList<>();
        Path groundTruth = root.resolve("../shared/benchmarks/article-extraction/ground-truth.json").normalize();
        if (Files.isRegularFile(groundTruth)) {
            JsonNode json = new ObjectMapper().readTree(groundTruth.toFile());
            for (Map.Entry<String, JsonNode> page : json.properties()) {
                String body = page.getValue().path("articleBody").asText("");
                if (!body.isBlank()) {
                    sources.add(new Source("sha256:" + sha256(body), body));
                }
            }
            from.add(sources.size() + " article bodies from " + groundTruth);
        } else {
            int before = sources.size();
            addTexts(root.resolve("core/src/test/resources/quotes/articles"), sources);
            from.add((sources.size() - before) + " gold-set articles from "
                    + root.resolve("core/src/test/resources/quotes/articles") + " (" + groundTruth + " not found)");
        }
        int before = sources.size();
        addTexts(root.resolve("examples/corpus"), sources);
        from.add((sources.size() - before) + " seed articles from " + root.resolve("examples/corpus"));
        return sources;
    }

    private static void addTexts(Path dir, List<Source> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file);
                into.add(new Source("sha256:" + sha256(text), text));
            }
        }
    }

    /** Returns the repository root: the nearest folder at or above the working folder with core and examples. */
    private static Path findRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("core")) && Files.isDirectory(p.resolve("examples/corpus"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the repository or pass --root <repo>");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--root <repo>] [--mb <n>] [--warmup <n>] [--rounds <n>]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(c -> c > 0).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(c -> c > 0).sum();
    }
}
