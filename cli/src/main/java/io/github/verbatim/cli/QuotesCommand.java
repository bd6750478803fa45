package io.github.verbatim.cli;

import io.github.verbatim.cite.CslItem;
import io.github.verbatim.cite.References;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.report.BundleView;
import io.github.verbatim.report.QuoteCluster;
import io.github.verbatim.report.WordDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verbatim quotes}: prints a bundle's quotations, clustered across articles where the bundle has clusters. */
@Command(
        name = "quotes",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnExecutionException = ExitCodes.ERROR,
        header = "Print a bundle's quotations.",
        description = {
            "Each cluster of the same words across articles: who said them, the wording that stands for them, "
                    + "and each article's variant, '=' where it has the same wording and '~' where it differs, "
                    + "with what it leaves out as [-words-] and what it adds as {+words+}.",
            "",
            "A bundle without clusters gives each article's quotations: the words, the speaker and reporting "
                    + "verb, the kind, and the channel they were published in. Articles are named by outlet "
                    + "(or title) and citation key."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The quotations were printed (none may match --speaker)",
            "1:The bundle could not be read: not a bundle, or a damaged one",
            ExitCodes.USAGE_LINE + ", such as a path that does not exist",
            ExitCodes.UNEXPECTED_LINE})
final class QuotesCommand implements Callable<Integer> {

    private static final int LABEL_WORDS = 6;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VerbatimCommand parent;

    @Parameters(paramLabel = "BUNDLE", description = "The bundle folder or .zip file.")
    private Path bundle;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only quotations by a speaker whose name contains NAME, in any case.")
    private @Nullable String speaker;

    @Override
    public Integer call() {
        if (!Files.exists(bundle)) {
            throw new ParameterException(spec.commandLine(), bundle + ": no such file or folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BundleView view;
        try {
            view = BundleView.read(bundle);
        } catch (IOException e) {
            err.println("verbatim: " + bundle + ": " + IoErrors.describe(e, bundle.toString()));
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
        Labels labels = new Labels(view.articles());
        int printed = view.hasClusters() ? clusters(out, view, labels) : articles(out, err, view, labels);
        if (printed == 0) {
            err.println("verbatim: no quotations" + (speaker == null ? "" : " by a speaker named '" + speaker + "'")
                    + " in " + bundle);
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private int clusters(PrintWriter out, BundleView view, Labels labels) {
        int printed = 0;
        for (QuoteCluster cluster : view.clusters()) {
            if (!matches(cluster.speaker())) {
                continue;
            }
            printed++;
            out.println((cluster.speaker() == null ? "Speaker not stated" : cluster.speaker()) + " — "
                    + cluster.members().size() + (cluster.members().size() == 1 ? " article" : " articles"));
            out.println("  “" + cluster.text() + "”");
            for (QuoteCluster.Member member : cluster.members()) {
                boolean differs = WordDiff.differs(cluster.text(), member.text());
                out.println("  " + (differs ? "~ " : "= ") + labels.of(member.article()));
                if (differs) {
                    out.println("    “" + marked(cluster.text(), member.text()) + "”");
                }
            }
            out.println();
        }
        return printed;
    }

    private int articles(PrintWriter out, PrintWriter err, BundleView view, Labels labels) {
        err.println("verbatim: note: " + bundle + " has no quote clusters; each article's quotations follow");
        int printed = 0;
        int number = 0;
        for (Article article : view.articles()) {
            number++;
            List<Quote> quotes = article.quotes().stream()
                    .filter(q -> matches(q.speaker() == null ? null : q.speaker().name())).toList();
            if (quotes.isEmpty()) {
                continue;
            }
            out.println(number + ". " + labels.of(article.id()));
            for (Quote quote : quotes) {
                printed++;
                StringBuilder line = new StringBuilder("  “").append(quote.text()).append("”");
                if (quote.speaker() != null) {
                    line.append(" — ").append(quote.speaker().name());
                    if (quote.cue() != null) {
                        line.append(" (").append(quote.cue()).append(')');
                    }
                }
                line.append("; ").append(quote.kind().name().toLowerCase(Locale.ROOT));
                if (quote.channel() != null) {
                    line.append("; via ").append(quote.channel());
                }
                out.println(line);
            }
            out.println();
        }
        return printed;
    }

    /** Returns whether a speaker passes {@code --speaker}. */
    private boolean matches(@Nullable String name) {
        return speaker == null || name != null && name.toLowerCase(Locale.ROOT).contains(speaker.toLowerCase(Locale.ROOT));
    }

    /** Returns the variant with what it leaves out as {@code [-words-]} and what it adds as {@code {+words+}}. */
    private static String marked(String reference, String variant) {
        StringBuilder out = new StringBuilder();
        for (WordDiff.Part part : WordDiff.compare(reference, variant)) {
            switch (part.kind()) {
                case SAME -> out.append(part.text());
                case REMOVED -> out.append("[-").append(part.text()).append("-]");
                case ADDED -> out.append("{+").append(part.text()).append("+}");
            }
        }
        return out.toString();
    }

    /** Names articles for people: outlet, else the first words of the title, with the citation key. */
    private static final class Labels {
        private final Map<String, String> byId = new HashMap<>();

        Labels(List<Article> articles) {
            References references = References.of(articles);
            Map<String, CslItem> items = new HashMap<>();
            references.items().forEach(i -> items.put(i.id(), i));
            for (Article article : articles) {
                String key = references.key(article);
                String name = article.publisher() != null ? article.publisher().name() : shorten(items.get(key).plainTitle());
                byId.put(article.id(), name + " (" + key + ")");
            }
        }

        String of(String articleId) {
            return byId.getOrDefault(articleId, articleId);
        }

        private static String shorten(@Nullable String title) {
            if (title == null) {
                return "untitled";
            }
            String[] words = title.split(" ");
            return words.length <= LABEL_WORDS ? title : String.join(" ", List.of(words).subList(0, LABEL_WORDS)) + "…";
        }
    }
}
