package io.github.verbatim.html.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.html.HtmlReader;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.Origin;
import io.github.verbatim.read.ReadException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Measures Verbatim's HTML main-text extraction on the article-extraction benchmark's 181 pages
 * ({@code ../shared/benchmarks/article-extraction/} beside the repository): the text
 * {@link HtmlReader} puts in a document (what becomes {@code Article.text}) is scored with the
 * benchmark's method ({@link ShingleScore}) beside every tool in {@code peer-output/}, scored the
 * same way; then pages/s and MB/s of the reader on the calling thread, and the heap's peak.
 *
 * <p>With {@code --readability PREFIX} (a folder where npm installed {@code @mozilla/readability}
 * and {@code jsdom}), Mozilla Readability runs in Node.js on the same pages in the same run; its
 * text is scored too and its speed set beside Verbatim's.
 *
 * <p>Run through {@code scripts/benchmark-html.sh}, which installs Readability, fixes the heap and
 * pins one core. Options: {@code --root <repo>}, {@code --data <dir>}, {@code --warmup <rounds>}
 * (1), {@code --rounds <n>} (3), {@code --readability <prefix>}, {@code --node <command>}
 * ({@code node}), {@code --readability-warmup <pages>} (20), {@code --worst <n>} (0: the n pages
 * Verbatim scores worst on), {@code --out <file>} (Verbatim's texts as JSON, in the benchmark's
 * shape).
 */
public final class HtmlBenchmark {

    private static final double MB = 1_000_000.0;
    private static final double MIB = 1024.0 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The texts' lengths, summed so that the timed work has an observable result. */
    private static long sink;

    private HtmlBenchmark() {
    }

    /** One page: its id, its file, its capture. */
    private record Page(String id, Path file, Capture capture, long bytes) {
    }

    /** One row of the table. */
    private record Row(String tool, ShingleScore.Result score) {
    }

    /**
     * Runs the benchmark; see the class comment for the options.
     *
     * @param args the options
     * @throws Exception if the data cannot be read or Readability fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path root = options.containsKey("root") ? Path.of(options.get("root")) : findRoot();
        Path data = options.containsKey("data") ? Path.of(options.get("data"))
                : root.resolve("../shared/benchmarks/article-extraction").normalize();
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        Path work = root.resolve("tika-adapter/target/benchmark-html");

        Map<String, String> truth = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : JSON.readTree(data.resolve("ground-truth.json").toFile()).properties()) {
            truth.put(e.getKey(), e.getValue().path("articleBody").asText(""));
        }
        List<Page> pages = unpack(data.resolve("html"), work.resolve("pages"));
        long totalBytes = pages.stream().mapToLong(Page::bytes).sum();
        Runtime rt = Runtime.getRuntime();
        System.out.println("Verbatim HTML reader benchmark: main text on " + data);
        System.out.printf(Locale.ROOT, "JVM: %s %s, max heap %.0f MiB, %d processor(s) available%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), rt.maxMemory() / MIB,
                rt.availableProcessors());
        System.out.println("JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        System.out.printf(Locale.ROOT, "Pages: %d (%.1f MB of HTML), ground truth for %d%n", pages.size(),
                totalBytes / MB, truth.size());

        HtmlReader reader = new HtmlReader();
        Map<String, String> texts = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (Page page : pages) {
            try {
                texts.put(page.id(), reader.read(page.file(), page.capture()).text());
            } catch (ReadException e) {
                failures.add(e.getMessage());
                texts.put(page.id(), "");
            }
        }
        failures.forEach(f -> System.out.println("failed: " + f));
        if (options.containsKey("out")) {
            Map<String, Object> out = new TreeMap<>();
            texts.forEach((id, text) -> out.put(id, Map.of("articleBody", text)));
            JSON.writerWithDefaultPrettyPrinter().writeValue(Path.of(options.get("out")).toFile(), out);
        }

        for (int r = 0; r < warmup; r++) {
            double[] s = pass(reader, pages);
            System.out.printf(Locale.ROOT, "warm-up %d: %.2f s (%.2f s CPU)%n", r + 1, s[0], s[1]);
        }
        double seconds = 0;
        double cpuSeconds = 0;
        for (int r = 0; r < rounds; r++) {
            double[] s = pass(reader, pages);
            seconds += s[0];
            cpuSeconds += s[1];
            System.out.printf(Locale.ROOT, "round %d: %.2f s (%.2f s CPU), %.1f pages/s, %.1f MB/s%n", r + 1, s[0], s[1],
                    pages.size() / s[0], totalBytes / MB / s[0]);
        }
        double pagesPerSecond = pages.size() * rounds / seconds;
        double mbPerSecond = totalBytes * rounds / MB / seconds;
        double pagesPerCpuSecond = pages.size() * rounds / cpuSeconds;

        Readability readability = null;
        if (options.containsKey("readability")) {
            readability = readability(options, work, pages.size());
        }

        List<Row> rows = new ArrayList<>();
        rows.add(new Row("verbatim (this run)", ShingleScore.score(truth, texts)));
        if (readability != null) {
            rows.add(new Row("readability.js (this run)", ShingleScore.score(truth, readability.texts())));
        }
        try (Stream<Path> files = Files.list(data.resolve("peer-output"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                rows.add(new Row(file.getFileName().toString().replace(".json", "") + " (peer-output)",
                        ShingleScore.score(truth, peer(file))));
            }
        }
        rows.sort(Comparator.comparingDouble((Row r) -> r.score().f1()).reversed());
        System.out.printf(Locale.ROOT, "%n%-36s %6s %10s %7s%n", "tool", "F1", "precision", "recall");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%-36s %6.3f %10.3f %7.3f%n", row.tool(), row.score().f1(),
                    row.score().precision(), row.score().recall());
        }
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%nSpeed on one core, %d timed rounds after %d warm-up (wall clock; per CPU"
                + " second of the whole process in brackets):%n", rounds, warmup);
        System.out.printf(Locale.ROOT, "  verbatim        %.1f pages/s (%.1f), %.1f MB/s%n", pagesPerSecond,
                pagesPerCpuSecond, mbPerSecond);
        if (readability != null) {
            double theirs = readability.pages() / readability.seconds();
            double theirsCpu = readability.pages() / readability.cpuSeconds();
            System.out.printf(Locale.ROOT, "  readability.js  %.1f pages/s (%.1f), %.1f MB/s; %s; one pass after %s"
                    + " warm-up pages; %d page(s) failed%n", theirs, theirsCpu,
                    readability.bytes() / MB / readability.seconds(), readability.tools(),
                    options.getOrDefault("readability-warmup", "20"), readability.failures());
            System.out.printf(Locale.ROOT, "  ratio           %.1f× Readability's pages/s (%.1f× per CPU second)%n",
                    pagesPerSecond / theirs, pagesPerCpuSecond / theirsCpu);
        }
        System.out.printf(Locale.ROOT, "  heap            %.1f MB peak over the whole run (sum of heap pool peaks), "
                + "limit %.0f MiB%n", peakHeap / MB, rt.maxMemory() / MIB);
        int worst = Integer.parseInt(options.getOrDefault("worst", "0"));
        if (worst > 0) {
            worst(truth, texts, worst);
        }
    }

    /** Reads every page once; returns the wall-clock and the process's CPU seconds taken. */
    private static double[] pass(HtmlReader reader, List<Page> pages) throws IOException {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        for (Page page : pages) {
            try {
                sink += reader.read(page.file(), page.capture()).text().length();
            } catch (ReadException e) {
                sink--;
            }
        }
        return new double[] {(System.nanoTime() - start) / 1e9, (processCpuNanos() - cpu) / 1e9};
    }

    /** Returns the CPU time of the whole JVM process (every thread: reader, JIT, GC). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void worst(Map<String, String> truth, Map<String, String> texts, int n) {
        record Scored(String id, double p, double r) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            ShingleScore.Counts c = ShingleScore.page(e.getValue(), texts.getOrDefault(e.getKey(), ""));
            double p = c.tp() + c.fp() == 0 ? 1 : c.tp() / (c.tp() + c.fp());
            double r = c.tp() + c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fn());
            scored.add(new Scored(e.getKey(), p, r));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.p() + s.r()));
        System.out.printf(Locale.ROOT, "%nWorst %d pages for verbatim:%n", n);
        for (Scored s : scored.subList(0, Math.min(n, scored.size()))) {
            System.out.printf(Locale.ROOT, "  %s  precision %.2f  recall %.2f%n", s.id().substring(0, 12), s.p(), s.r());
        }
    }

    /** What the Readability run gave. */
    private record Readability(int pages, long bytes, double seconds, double cpuSeconds, int failures,
            Map<String, String> texts, String tools) {
    }

    private static Readability readability(Map<String, String> options, Path work, int expectedPages)
            throws IOException, InterruptedException {
        Path script = work.resolve("readability-bench.cjs");
        try (InputStream in = HtmlBenchmark.class.getResourceAsStream("readability-bench.cjs")) {
            if (in == null) {
                throw new IllegalStateException("readability-bench.cjs is not on the class path");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        String node = options.getOrDefault("node", "node");
        Path output = work.resolve("readability-output.json");
        Process process = new ProcessBuilder(node, script.toString(), options.get("readability"),
                work.resolve("pages").toString(), options.getOrDefault("readability-warmup", "20"))
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("Readability run failed: " + node + " exited with " + exit);
        }
        JsonNode result = JSON.readTree(output.toFile());
        Map<String, String> texts = new HashMap<>();
        result.path("texts").properties().forEach(e -> texts.put(e.getKey(), e.getValue().asText("")));
        if (result.path("pages").asInt() != expectedPages) {
            throw new IllegalStateException("Readability read " + result.path("pages").asInt() + " pages, not "
                    + expectedPages);
        }
        JsonNode versions = result.path("versions");
        String tools = "Readability " + versions.path("readability").asText() + ", jsdom "
                + versions.path("jsdom").asText() + ", Node.js " + versions.path("node").asText();
        return new Readability(result.path("pages").asInt(), result.path("bytes").asLong(),
                result.path("seconds").asDouble(), result.path("cpuSeconds").asDouble(), result.path("failures").asInt(),
                texts, tools);
    }

    /** Reads a peer's output: {@code {id: {articleBody}}} or the same under {@code output}. */
    private static Map<String, String> peer(Path file) throws IOException {
        JsonNode json = JSON.readTree(file.toFile());
        JsonNode pages = json.has("output") && json.get("output").isObject() ? json.get("output") : json;
        Map<String, String> texts = new HashMap<>();
        pages.properties().forEach(e -> texts.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        return texts;
    }

    /** Unpacks {@code <id>.html.gz} into {@code <id>.html} files and captures them. */
    private static List<Page> unpack(Path gzipped, Path into) throws IOException {
        Files.createDirectories(into);
        List<Page> pages = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(gzipped)) {
            files = list.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList();
        }
        for (Path gz : files) {
            String id = gz.getFileName().toString().replace(".html.gz", "");
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                bytes = in.readAllBytes();
            }
            Path file = into.resolve(id + ".html");
            Files.write(file, bytes);
            String sha = sha256(bytes);
            Capture capture = new Capture(sha, bytes.length, "text/html", "data/originals/" + sha + ".html",
                    List.of(new Origin("file", file.toString(), Instant.EPOCH, null)));
            pages.add(new Page(id, file, capture, bytes.length));
        }
        return pages;
    }

    private static Path findRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("core")) && Files.isDirectory(p.resolve("tika-adapter"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the repository or pass --root <repo>");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: [--root <repo>] [--data <dir>] [--warmup <n>] [--rounds <n>]"
                        + " [--readability <npm prefix>] [--node <command>] [--readability-warmup <pages>]"
                        + " [--worst <n>] [--out <file>]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
