package io.github.verbatim.quote;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.Seeds;
import io.github.verbatim.text.NormalizedText;
import io.github.verbatim.text.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The hand-annotated quotation gold set in {@code src/test/resources/quotes} (see
 * {@code docs/QUOTES.md} for the annotation guidelines).
 *
 * <p>Each {@code <name>.gold.json} names its article by a path relative to the core module
 * ({@code ../examples/corpus/<seed>} for the seeds, which are read from the {@code verbatim.seeds}
 * folder, or {@code src/test/resources/quotes/articles/<name>.txt}) and lists every quotation as
 * its exact text and the occurrence of that text in the article; offsets are derived here, never
 * typed by hand.
 */
final class GoldSet {

    /** Path prefix by which gold files name a seed article. */
    static final String SEED_PREFIX = "../examples/corpus/";

    /** The kinds a gold quote may have, as written in JSON. */
    static final Set<String> KINDS = Set.of("statement", "partial", "title", "other");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private GoldSet() {
    }

    /** One gold file as written. */
    record File(String article, List<Entry> quotes) {
    }

    /** One quotation as written in a gold file. */
    record Entry(String text, int occurrence, String kind, @Nullable String speaker, @Nullable String cue,
            @Nullable Integer nestedIn) {
    }

    /**
     * One gold quotation with its span.
     *
     * @param index its position in the gold file's list
     * @param start first code point of the quoted words in the normalized text
     * @param end code point after them
     */
    record GoldQuote(int index, String text, int occurrence, String kind, @Nullable String speaker,
            @Nullable String cue, @Nullable Integer nestedIn, int start, int end) {
    }

    /**
     * One annotated article.
     *
     * @param name the gold file's name without {@code .gold.json}
     * @param articleRef the article path as written in the gold file
     * @param file where the article is
     * @param seed whether it is one of the five seed articles
     * @param text the article's normalized text
     * @param quotes the gold quotations in file order (a text not found at its occurrence gets the
     *     span {@code [-1, -1)} and a line in {@code problems})
     * @param problems every inconsistency found while loading (text not found, bad nesting, …)
     */
    record GoldArticle(String name, String articleRef, Path file, boolean seed, String text, List<GoldQuote> quotes,
            List<String> problems) {
    }

    /** Returns the core module's folder (Surefire sets {@code basedir}; otherwise the working folder). */
    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    }

    /** Returns the gold-set folder. */
    static Path dir() {
        return moduleDir().resolve("src/test/resources/quotes");
    }

    /** Returns the gold files in name order. */
    static List<Path> goldFiles() {
        try (Stream<Path> list = Files.list(dir())) {
            return list.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads every gold file. */
    static List<GoldArticle> load() {
        return goldFiles().stream().map(GoldSet::load).toList();
    }

    /** Resolves an article path as written in a gold file. */
    static Path resolve(String articleRef) {
        if (articleRef.startsWith(SEED_PREFIX)) {
            return Seeds.dir().resolve(articleRef.substring(SEED_PREFIX.length()));
        }
        return moduleDir().resolve(articleRef);
    }

    /** Loads one gold file and checks it against its article. */
    static GoldArticle load(Path goldFile) {
        String fileName = goldFile.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".gold.json".length());
        File gold;
        try {
            gold = JSON.readValue(goldFile.toFile(), File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldFile, e);
        }
        Path article = resolve(gold.article());
        String raw;
        try {
            raw = Files.readString(article);
        } catch (IOException e) {
            throw new UncheckedIOException("gold file " + fileName + " names an unreadable article " + article, e);
        }
        String normalized = TextNormalizer.normalize(raw);
        NormalizedText text = NormalizedText.of(normalized);
        List<String> problems = new ArrayList<>();
        if (!normalized.equals(raw)) {
            problems.add("the article file is not normalized (NFC, \\n line ends): offsets would not index the file");
        }
        List<GoldQuote> quotes = new ArrayList<>();
        List<Entry> entries = gold.quotes();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String where = name + " quote " + i + " " + abbreviate(e.text());
            int charStart = find(normalized, e.text(), e.occurrence());
            int start = -1;
            int end = -1;
            if (e.text().isEmpty()) {
                problems.add(where + ": empty text");
            } else if (e.occurrence() < 1) {
                problems.add(where + ": occurrence must be 1 or more, is " + e.occurrence());
            } else if (charStart < 0) {
                problems.add(where + ": text not found at occurrence " + e.occurrence());
            } else {
                start = text.codePointOffset(charStart);
                end = text.codePointOffset(charStart + e.text().length());
            }
            if (!KINDS.contains(e.kind())) {
                problems.add(where + ": unknown kind " + e.kind());
            }
            if (e.speaker() != null && e.speaker().isBlank()) {
                problems.add(where + ": blank speaker (use null)");
            }
            quotes.add(new GoldQuote(i, e.text(), e.occurrence(), e.kind(), e.speaker(), e.cue(), e.nestedIn(),
                    start, end));
        }
        for (GoldQuote q : quotes) {
            if (q.nestedIn() == null) {
                continue;
            }
            int outer = q.nestedIn();
            String where = name + " quote " + q.index() + " " + abbreviate(q.text());
            if (outer < 0 || outer >= q.index()) {
                problems.add(where + ": nestedIn " + outer + " must name an earlier quote");
                continue;
            }
            GoldQuote o = quotes.get(outer);
            if (q.start() >= 0 && o.start() >= 0 && !(o.start() <= q.start() && q.end() <= o.end())) {
                problems.add(where + ": not inside quote " + outer + " it is nested in");
            }
        }
        for (int i = 1; i < quotes.size(); i++) {
            if (quotes.get(i).start() >= 0 && quotes.get(i - 1).start() >= 0
                    && quotes.get(i).start() < quotes.get(i - 1).start()) {
                problems.add(name + " quote " + i + ": quotes must be listed in text order");
            }
        }
        return new GoldArticle(name, gold.article(), article, gold.article().startsWith(SEED_PREFIX), normalized,
                List.copyOf(quotes), List.copyOf(problems));
    }

    /**
     * Returns the char index of the {@code occurrence}-th (1-based) occurrence of {@code needle},
     * occurrences being counted at every char index where it starts (so they may overlap), or -1.
     */
    static int find(String haystack, String needle, int occurrence) {
        if (needle.isEmpty() || occurrence < 1) {
            return -1;
        }
        int at = -1;
        for (int n = 0; n < occurrence; n++) {
            at = haystack.indexOf(needle, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }

    static String abbreviate(String s) {
        String one = s.replace("\n", "⏎");
        return "“" + (one.length() <= 50 ? one : one.substring(0, 30) + "…" + one.substring(one.length() - 15)) + "”";
    }
}
