package io.github.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.Verbatim;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.Span;
import io.github.verbatim.model.TextPositionSelector;
import io.github.verbatim.quote.GoldSet.GoldArticle;
import io.github.verbatim.quote.GoldSet.GoldQuote;
import io.github.verbatim.quote.QuoteScore.Counts;
import io.github.verbatim.quote.QuoteScore.Item;
import io.github.verbatim.text.NormalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures the quote extractor against the hand-annotated gold set ({@code docs/QUOTES.md}).
 *
 * <p>Runs the real pipeline on every gold article, matches predicted quotations (nested ones
 * included) to gold ones by exact code-point span, and writes a table per article, for the seeds,
 * for the further articles and overall to stdout and {@code target/quote-quality.txt}; every gold and
 * predicted quotation with how it fared goes to {@code target/quote-quality-details.txt}.
 *
 * <p>Always asserted: every gold text is found at its occurrence, nesting and order are consistent,
 * and the pipeline's text is the annotated text. Quality is asserted against the system properties
 * {@code verbatim.quotes.minF1} (exact-span F1 over all articles) and
 * {@code verbatim.quotes.minSpeakerAccuracy} (speaker accuracy on exactly matched statements), both
 * 0 by default.
 */
class QuoteQualityReport {

    private static final String MIN_F1 = "verbatim.quotes.minF1";
    private static final String MIN_SPEAKER = "verbatim.quotes.minSpeakerAccuracy";

    /** One article's result. */
    private record Result(GoldArticle gold, Counts counts, int outsideBody, int withoutPosition, String details) {
    }

    @Test
    void qualityAgainstTheGoldSet() throws Exception {
        List<GoldArticle> goldSet = GoldSet.load();
        List<String> problems = new ArrayList<>();
        goldSet.forEach(g -> problems.addAll(g.problems()));
        assertThat(problems).as("gold-set problems").isEmpty();
        assertThat(goldSet).as("gold articles").isNotEmpty();

        Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();
        List<Result> results = new ArrayList<>();
        for (GoldArticle gold : goldSet) {
            Article article = verbatim.extract(gold.file());
            assertThat(article.text()).as("pipeline text of " + gold.name() + " is the annotated text")
                    .isEqualTo(gold.text());
            results.add(score(gold, article));
        }

        double minF1 = Double.parseDouble(System.getProperty(MIN_F1, "0"));
        double minSpeaker = Double.parseDouble(System.getProperty(MIN_SPEAKER, "0"));
        String report = report(results, minF1, minSpeaker);
        StringBuilder details = new StringBuilder();
        results.forEach(r -> details.append(r.details()));
        System.out.print(report);
        Path target = GoldSet.moduleDir().resolve("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("quote-quality.txt"), report);
        Files.writeString(target.resolve("quote-quality-details.txt"), details);

        Counts all = total(results);
        assertThat(all.f1()).as("exact-span F1 over all articles (-D%s)", MIN_F1).isGreaterThanOrEqualTo(minF1);
        assertThat(all.speakerAccuracy()).as("speaker accuracy on matched statements (-D%s)", MIN_SPEAKER)
                .isGreaterThanOrEqualTo(minSpeaker);
    }

    private static Result score(GoldArticle gold, Article article) {
        List<Item> goldItems = gold.quotes().stream()
                .map(q -> new Item(q.start(), q.end(), q.kind(), q.speaker())).toList();
        List<Quote> predicted = new ArrayList<>();
        flatten(article.quotes(), predicted);
        List<Item> predictedItems = new ArrayList<>();
        int withoutPosition = 0;
        for (Quote q : predicted) {
            TextPositionSelector at = q.provenance().position();
            if (at == null) {
                withoutPosition++;
            }
            predictedItems.add(new Item(at == null ? -1 : at.start(), at == null ? -1 : at.end(),
                    q.kind().name().toLowerCase(Locale.ROOT), q.speaker() == null ? null : q.speaker().name()));
        }
        int outsideBody = 0;
        for (GoldQuote q : gold.quotes()) {
            if (!inBody(article.paragraphs(), q)) {
                outsideBody++;
            }
        }
        Counts counts = QuoteScore.score(goldItems, predictedItems);
        return new Result(gold, counts, outsideBody, withoutPosition,
                details(gold, goldItems, predicted, predictedItems));
    }

    /** Whether a gold quote starts and ends in body paragraphs (one, or several for a multi-paragraph quote). */
    private static boolean inBody(List<Span> paragraphs, GoldQuote q) {
        return paragraphs.stream().anyMatch(p -> p.start() <= q.start() && q.start() < p.end())
                && paragraphs.stream().anyMatch(p -> p.start() < q.end() && q.end() <= p.end());
    }

    private static void flatten(List<Quote> quotes, List<Quote> into) {
        for (Quote q : quotes) {
            if (!q.provenance().method().equals("quote:post-embed")) {
                // A post left as text is the account holder's statement, but no quotation: the gold
                // set (docs/QUOTES.md) annotates quotation marks only; quotations inside it count.
                into.add(q);
            }
            flatten(q.nested(), into);
        }
    }

    private static String details(GoldArticle gold, List<Item> goldItems, List<Quote> predicted,
            List<Item> predictedItems) {
        NormalizedText text = NormalizedText.of(gold.text());
        StringBuilder out = new StringBuilder();
        out.append("== ").append(gold.name()).append(gold.seed() ? " (seed)" : "").append(" — ")
                .append(gold.articleRef()).append('\n');
        boolean[] used = new boolean[predictedItems.size()];
        for (int g = 0; g < goldItems.size(); g++) {
            Item gi = goldItems.get(g);
            GoldQuote gq = gold.quotes().get(g);
            String status = "MISSED ";
            Item match = null;
            for (int p = 0; p < predictedItems.size(); p++) {
                Item pi = predictedItems.get(p);
                if (!used[p] && pi.start() == gi.start() && pi.end() == gi.end()) {
                    used[p] = true;
                    match = pi;
                    status = "exact  ";
                    break;
                }
            }
            if (match == null) {
                for (Item pi : predictedItems) {
                    if (QuoteScore.overlapRatio(gi, pi) >= QuoteScore.LENIENT_OVERLAP) {
                        status = "overlap";
                        break;
                    }
                }
            }
            out.append(String.format(Locale.ROOT, "  gold %-7s [%d,%d) %-9s %-24s %s", status, gi.start(), gi.end(),
                    gi.kind(), String.valueOf(gi.speaker()), GoldSet.abbreviate(gq.text())));
            if (match != null && (!match.kind().equals(gi.kind())
                    || gi.kind().equals("statement") && !QuoteScore.sameSpeaker(gi.speaker(), match.speaker()))) {
                out.append("  predicted as ").append(match.kind()).append(" by ").append(match.speaker());
            }
            out.append('\n');
        }
        for (int p = 0; p < predictedItems.size(); p++) {
            if (used[p]) {
                continue;
            }
            Item pi = predictedItems.get(p);
            String words = pi.start() < 0 ? predicted.get(p).text()
                    : text.slice(pi.start(), Math.min(pi.end(), text.length()));
            out.append(String.format(Locale.ROOT, "  pred SPURIOUS [%d,%d) %-9s %-24s %s%n", pi.start(), pi.end(),
                    pi.kind(), String.valueOf(pi.speaker()), GoldSet.abbreviate(words)));
        }
        return out.toString();
    }

    private static Counts total(List<Result> results) {
        Counts sum = Counts.ZERO;
        for (Result r : results) {
            sum = sum.plus(r.counts());
        }
        return sum;
    }

    private static String report(List<Result> results, double minF1, double minSpeaker) {
        StringBuilder out = new StringBuilder();
        List<Result> seeds = results.stream().filter(r -> r.gold().seed()).toList();
        List<Result> further = results.stream().filter(r -> !r.gold().seed()).toList();
        Counts all = total(results);
        out.append(String.format(Locale.ROOT,
                "Quote extraction quality: %d articles (%d seeds, %d further), %d gold quotations%n",
                results.size(), seeds.size(), further.size(), all.gold()));
        out.append("Exact = same code-point span; lenient = overlap of at least half the longer span. "
                + "Kind accuracy on exact matches; speaker accuracy on exactly matched statements.\n\n");
        String header = String.format(Locale.ROOT, "%-30s %5s %5s %5s  %5s %5s %5s  %7s  %-15s %-15s%n",
                "article", "gold", "pred", "exact", "P", "R", "F1", "len-F1", "kind acc", "speaker acc");
        out.append(header);
        out.append("-".repeat(header.length() - 1)).append('\n');
        for (Result r : results) {
            out.append(row(r.gold().name() + (r.gold().seed() ? " (seed)" : ""), r.counts()));
        }
        out.append("-".repeat(header.length() - 1)).append('\n');
        out.append(row("seeds (" + seeds.size() + ")", total(seeds)));
        out.append(row("further (" + further.size() + ")", total(further)));
        out.append(row("overall (" + results.size() + ")", all));
        out.append('\n');
        out.append("Recall by gold kind:\n");
        for (var part : List.of(Map.entry("seeds", total(seeds)), Map.entry("further", total(further)),
                Map.entry("overall", all))) {
            out.append(String.format(Locale.ROOT, "  %-8s", part.getKey()));
            for (Map.Entry<String, int[]> e : new TreeMap<>(part.getValue().goldByKind()).entrySet()) {
                int[] v = e.getValue();
                out.append(String.format(Locale.ROOT, "  %s %d/%d (%.3f)", e.getKey(), v[0], v[1],
                        v[1] == 0 ? 0.0 : (double) v[0] / v[1]));
            }
            out.append('\n');
        }
        int outside = results.stream().mapToInt(Result::outsideBody).sum();
        int withoutPosition = results.stream().mapToInt(Result::withoutPosition).sum();
        out.append(String.format(Locale.ROOT,
                "%nGold quotations outside the body paragraphs the extractor is given (headline, boilerplate): %d%n",
                outside));
        out.append(String.format(Locale.ROOT, "Predicted quotations without a position (count as wrong): %d%n",
                withoutPosition));
        out.append(String.format(Locale.ROOT,
                "Thresholds: %s=%s (overall exact F1 %.3f), %s=%s (overall speaker accuracy %.3f)%n",
                MIN_F1, minF1, all.f1(), MIN_SPEAKER, minSpeaker, all.speakerAccuracy()));
        out.append("Every quotation, matched or not: target/quote-quality-details.txt\n");
        return out.toString();
    }

    private static String row(String label, Counts c) {
        return String.format(Locale.ROOT, "%-30s %5d %5d %5d  %5.3f %5.3f %5.3f  %7.3f  %-15s %-15s%n",
                label, c.gold(), c.predicted(), c.exact(), c.precision(), c.recall(), c.f1(), c.lenientF1(),
                accuracy(c.kindCorrect(), c.exact()), accuracy(c.speakerCorrect(), c.statementsMatched()));
    }

    private static String accuracy(int right, int of) {
        return of == 0 ? "—     (0/0)" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) right / of, right, of);
    }
}
