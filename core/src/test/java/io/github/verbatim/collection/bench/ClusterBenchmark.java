package io.github.verbatim.collection.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.Verbatim;
import io.github.verbatim.collection.QuoteClusterer;
import io.github.verbatim.collection.QuoteClusters;
import io.github.verbatim.collection.QuoteText;
import io.github.verbatim.collection.Variant;
import io.github.verbatim.collection.WordDiff;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.QuoteKind;
import io.github.verbatim.read.ReadException;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Clusters a million quotations made from real quotes and reports time, peak heap and cluster
 * quality.
 *
 * <p>The quotes are every statement and partial quotation the real extractor ({@link
 * Verbatim#extract}) finds in the seed corpus, the gold-set articles and the article bodies of the
 * article-extraction benchmark's ground truth ({@code ../shared/benchmarks/article-extraction/
 * ground-truth.json} beside the repository, when present). {@link SyntheticQuotes} makes distinct
 * statements of them and gives each a number of quotations drawn from a power law, each a variant
 * an outlet makes (see there). The generator knows which statement every quotation is: pairwise
 * precision and recall compare the clusters found with that truth.
 *
 * <p>Timed: {@link QuoteClusterer#cluster} on the calling thread (everything from splitting words
 * to numbering clusters), then, separately, {@link QuoteClusters#diff} for every quotation over
 * all cores. The heap figure is the sum of the heap pools' peaks from just before clustering
 * (after the generated quotations are in memory) to the end.
 *
 * <p>Run through {@code scripts/benchmark-clusters.sh}. Options: {@code --root <repo>}
 * (default: found from the working folder), {@code --quotes <n>} (1000000), {@code --seed <n>}
 * (20201001), {@code --diffs true|false} (true).
 */
public final class ClusterBenchmark {

    private static final double MB = 1_000_000.0;

    private ClusterBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the options. */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path root = options.containsKey("root") ? Path.of(options.get("root")) : findRoot();
        int count = Integer.parseInt(options.getOrDefault("quotes", "1000000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20201001"));
        boolean diffs = Boolean.parseBoolean(options.getOrDefault("diffs", "true"));

        Runtime rt = Runtime.getRuntime();
        System.out.println("Quote cluster benchmark");
        System.out.printf(Locale.ROOT, "JVM: %s %s, max heap %.0f MB, %d processor(s) available%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), rt.maxMemory() / MB,
                rt.availableProcessors());
        System.out.println("JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));

        long e0 = System.nanoTime();
        List<String> from = new ArrayList<>();
        List<QuoteText> real = realQuotes(root, from);
        from.forEach(f -> System.out.println("Texts: " + f));
        System.out.printf(Locale.ROOT, "Real quotations extracted: %d (statements and partial quotations) in %.1f s%n",
                real.size(), (System.nanoTime() - e0) / 1e9);

        long g0 = System.nanoTime();
        SyntheticQuotes synthetic = SyntheticQuotes.generate(real, count, seed);
        System.out.printf(Locale.ROOT, "Generated in %.1f s: %d quotations of %d statements (%d real, %d made from "
                + "real ones by replacing half their words), largest statement %d quotations%n",
                (System.nanoTime() - g0) / 1e9, synthetic.quotes().size(), synthetic.statements(),
                synthetic.realStatements(), synthetic.statements() - synthetic.realStatements(),
                synthetic.largestStatement());
        Map<SyntheticQuotes.Kind, Integer> byKind = new EnumMap<>(SyntheticQuotes.Kind.class);
        for (SyntheticQuotes.Kind k : synthetic.kinds()) {
            byKind.merge(k, 1, Integer::sum);
        }
        System.out.println("Variants generated: " + byKind);
        long words = synthetic.quotes().stream().mapToLong(q -> q.text().length()).sum();
        System.out.printf(Locale.ROOT, "Text: %.1f M chars%n", words / 1e6);

        System.gc();
        long before = heapUsed();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gc0 = gcCount();
        long gcMs0 = gcMillis();

        HeapSampler sampler = HeapSampler.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        QuoteClusters clusters = new QuoteClusterer().cluster(synthetic.quotes());
        double clusterSeconds = (System.nanoTime() - t0) / 1e9;
        double clusterCpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long sampledClustering = sampler.peak();
        long peakClustering = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        double diffSeconds = 0;
        long[] variantCounts = new long[Variant.values().length];
        if (diffs) {
            AtomicLongArray counts = new AtomicLongArray(Variant.values().length);
            long d0 = System.nanoTime();
            IntStream.range(0, synthetic.quotes().size()).parallel().forEach(q -> {
                WordDiff diff = clusters.diff(q);
                for (Variant v : diff.variants()) {
                    counts.incrementAndGet(v.ordinal());
                }
            });
            diffSeconds = (System.nanoTime() - d0) / 1e9;
            for (int v = 0; v < variantCounts.length; v++) {
                variantCounts[v] = counts.get(v);
            }
        }
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long sampled = sampler.stop();
        long gcCount = gcCount() - gc0;
        long gcMillis = gcMillis() - gcMs0;
        System.gc();
        long retained = heapUsed();

        Quality quality = Quality.of(clusters, synthetic);
        System.out.printf(Locale.ROOT, "%nResult for %d quotations:%n", synthetic.quotes().size());
        System.out.printf(Locale.ROOT, "  clustering   %.2f s on one thread (%.2f s of its CPU time; %.0f quotations/s), "
                + "%d clusters%n", clusterSeconds, clusterCpuSeconds, synthetic.quotes().size() / clusterSeconds,
                clusters.clusterCount());
        System.out.printf(Locale.ROOT, "  load         %.2f (system load average over the last minute, %d cores)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), rt.availableProcessors());
        if (diffs) {
            System.out.printf(Locale.ROOT, "  word diffs   %.2f s for every quotation, %d threads%n", diffSeconds,
                    rt.availableProcessors());
            StringBuilder v = new StringBuilder();
            for (Variant variant : Variant.values()) {
                v.append(variant.name().toLowerCase(Locale.ROOT)).append('=').append(variantCounts[variant.ordinal()])
                        .append(' ');
            }
            System.out.println("  variants     " + v.toString().trim());
        }
        System.out.printf(Locale.ROOT, "  heap         %.0f MB peak used while clustering, %.0f MB with diffs (sampled "
                + "every 10 ms; garbage included, so it grows with -Xmx); sum of heap pool peaks %.0f / %.0f MB; "
                + "%.0f MB held by the generated quotations before, %.0f MB with the clusters after%n",
                sampledClustering / MB, sampled / MB, peakClustering / MB, peak / MB, before / MB, retained / MB);
        System.out.printf(Locale.ROOT, "  GC           %d collections, %d ms%n", gcCount, gcMillis);
        System.out.printf(Locale.ROOT, "  quality      pairwise precision %.4f, recall %.4f, F1 %.4f "
                + "(%d true pairs, %d found, %d both)%n", quality.precision(), quality.recall(), quality.f1(),
                quality.truePairs(), quality.foundPairs(), quality.bothPairs());
        System.out.println("  recall by variant (quotation in the cluster of its statement's first quotation):");
        quality.recallByKind().forEach((k, r) -> System.out.printf(Locale.ROOT, "    %-14s %.4f%n",
                k.name().toLowerCase(Locale.ROOT), r));
        System.out.printf(Locale.ROOT, "  statements split across clusters: %d of %d; clusters mixing statements: "
                + "%d%n", quality.splitStatements(), synthetic.statements(), quality.mixedClusters());
    }

    /** Samples the heap in use every 10 ms on a daemon thread and keeps the largest value. */
    private static final class HeapSampler implements Runnable {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this, "heap-sampler");

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(heapUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() {
            peak.accumulateAndGet(heapUsed(), Math::max);
            return peak.get();
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak();
        }
    }

    /** Pairwise quality of a clustering against the generator's truth. */
    private record Quality(long truePairs, long foundPairs, long bothPairs, Map<SyntheticQuotes.Kind, Double> recallByKind,
            long splitStatements, long mixedClusters) {

        double precision() {
            return foundPairs == 0 ? 1 : (double) bothPairs / foundPairs;
        }

        double recall() {
            return truePairs == 0 ? 1 : (double) bothPairs / truePairs;
        }

        double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        static Quality of(QuoteClusters clusters, SyntheticQuotes synthetic) {
            int n = synthetic.quotes().size();
            long[] cells = new long[n];
            long[] found = new long[clusters.clusterCount()];
            long[] truth = new long[synthetic.statements()];
            for (int q = 0; q < n; q++) {
                int c = clusters.clusterOf(q);
                int t = synthetic.statementOf(q);
                cells[q] = (long) c << 32 | t;
                found[c]++;
                truth[t]++;
            }
            Arrays.sort(cells);
            long both = 0;
            Set<Integer> mixed = new HashSet<>();
            int[] clustersOfStatement = new int[synthetic.statements()];
            for (int i = 0; i < n; ) {
                int j = i;
                while (j < n && cells[j] == cells[i]) {
                    j++;
                }
                both += pairs(j - i);
                int c = (int) (cells[i] >>> 32);
                int t = (int) cells[i];
                clustersOfStatement[t]++;
                if (found[c] != j - i) {
                    mixed.add(c);
                }
                i = j;
            }
            long foundPairs = Arrays.stream(found).map(Quality::pairs).sum();
            long truePairs = Arrays.stream(truth).map(Quality::pairs).sum();
            long split = Arrays.stream(clustersOfStatement).filter(k -> k > 1).count();
            // Cells that are part of a bigger cluster count as mixed only when another statement is in it.
            long mixedClusters = mixed.stream().filter(c -> mixedStatements(cells, c) > 1).count();

            Map<SyntheticQuotes.Kind, long[]> byKind = new EnumMap<>(SyntheticQuotes.Kind.class);
            for (int q = 0; q < n; q++) {
                long[] k = byKind.computeIfAbsent(synthetic.kinds().get(q), x -> new long[2]);
                k[0]++;
                if (clusters.clusterOf(q) == clusters.clusterOf(synthetic.firstOf(synthetic.statementOf(q)))) {
                    k[1]++;
                }
            }
            Map<SyntheticQuotes.Kind, Double> recall = new EnumMap<>(SyntheticQuotes.Kind.class);
            byKind.forEach((k, v) -> recall.put(k, (double) v[1] / v[0]));
            return new Quality(truePairs, foundPairs, both, recall, split, mixedClusters);
        }

        private static long mixedStatements(long[] sortedCells, int cluster) {
            int lo = 0;
            int hi = sortedCells.length;
            long key = (long) cluster << 32;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sortedCells[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            long statements = 0;
            long last = -1;
            for (int i = lo; i < sortedCells.length && (sortedCells[i] >>> 32) == cluster; i++) {
                if (sortedCells[i] != last) {
                    statements++;
                    last = sortedCells[i];
                }
            }
            return statements;
        }

        private static long pairs(long k) {
            return k * (k - 1) / 2;
        }
    }

    /** Extracts the statements and partial quotations of every real article text found. */
    private static List<QuoteText> realQuotes(Path root, List<String> from) throws IOException {
        Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();
        Map<String, Path> texts = new HashMap<>();
        List<Path> files = new ArrayList<>();
        Path tmp = Files.createTempDirectory("verbatim-cluster-bench-");
        try {
            addFiles(root.resolve("examples/corpus"), files, from, "seed articles");
            addFiles(root.resolve("core/src/test/resources/quotes/articles"), files, from, "gold-set articles");
            Path groundTruth = root.resolve("../shared/benchmarks/article-extraction/ground-truth.json").normalize();
            if (Files.isRegularFile(groundTruth)) {
                JsonNode json = new ObjectMapper().readTree(groundTruth.toFile());
                int added = 0;
                for (Map.Entry<String, JsonNode> page : json.properties()) {
                    String body = page.getValue().path("articleBody").asText("");
                    if (!body.isBlank()) {
                        Path file = tmp.resolve(page.getKey() + ".txt");
                        Files.writeString(file, body);
                        files.add(file);
                        added++;
                    }
                }
                from.add(added + " article bodies from " + groundTruth);
            } else {
                from.add(groundTruth + " not found: seeds and gold-set articles only");
            }
            List<QuoteText> quotes = new ArrayList<>();
            for (Path file : files) {
                String sha = sha256(Files.readAllBytes(file));
                if (texts.putIfAbsent(sha, file) != null) {
                    continue; // the same text twice (a gold-set article is also a ground-truth body)
                }
                Article article;
                try {
                    article = verbatim.extract(file);
                } catch (ReadException | IOException e) {
                    continue; // not a readable text: nothing to quote
                }
                for (Quote q : article.quotes()) {
                    if (q.kind() == QuoteKind.STATEMENT || q.kind() == QuoteKind.PARTIAL) {
                        quotes.add(new QuoteText(q.text(), q.speaker() == null ? null : q.speaker().name()));
                    }
                }
            }
            from.add(texts.size() + " distinct texts read");
            return quotes;
        } finally {
            try (Stream<Path> walk = Files.list(tmp)) {
                for (Path p : walk.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(tmp);
        }
    }

    private static void addFiles(Path dir, List<Path> into, List<String> from, String what) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> found = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            into.addAll(found);
            from.add(found.size() + " " + what + " from " + dir);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
                throw new IllegalArgumentException("usage: [--root <repo>] [--quotes <n>] [--seed <n>] [--diffs true|false]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
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

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
