package io.github.verbatim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.bundle.BundleOptions;
import io.github.verbatim.bundle.Extraction;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.bundle.InputRecord;
import io.github.verbatim.bundle.InputStatus;
import io.github.verbatim.capture.Input;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim extract}: reads one input and prints its article, as JSON or as text. A WARC or
 * WACZ file gives one article per page, printed one JSON object per line (JSON Lines), or as
 * texts separated by a form feed.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnExecutionException = ExitCodes.ERROR,
        header = "Print one input's article as JSON or text.",
        description = {
            "Read INPUT and print its article on stdout: metadata, text, paragraphs, quotes, sources and "
                    + "where each value came from. Nothing is written.",
            "",
            "INPUT is a file, or an http or https URL (fetched). A WARC or WACZ file holds many pages: "
                    + "each is printed as one JSON object per line (JSON Lines), or with --format text as "
                    + "its text, the texts separated by a line holding a form feed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The article was printed (every article, for a WARC or WACZ file)",
            "1:The input could not be read: it does not exist, cannot be opened or fetched, or is not a "
                    + "document; for a WARC or WACZ file, some pages could not be read (the others are printed)",
            ExitCodes.USAGE_LINE + ", such as a folder instead of a file",
            ExitCodes.UNEXPECTED_LINE})
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper LINES = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VerbatimCommand parent;

    @Parameters(paramLabel = "INPUT", description = "The file or URL to read.")
    private String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (the default): the article as JSON; text: only the article's text.")
    private String format;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "The most time reading one document may take (default: ${DEFAULT-VALUE}).")
    private int readTimeout;

    @Override
    public Integer call() {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!chosen.equals("json") && !chosen.equals("text")) {
            throw new ParameterException(spec.commandLine(), "--format must be json or text, not " + format);
        }
        if (readTimeout <= 0) {
            throw new ParameterException(spec.commandLine(), "--read-timeout must be a positive number of seconds");
        }
        Input parsed;
        try {
            parsed = Input.parse(input);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), input + " is neither a file nor a URL: " + e.getReason());
        }
        if (parsed instanceof Input.FileInput file && Files.isDirectory(file.path())) {
            throw new ParameterException(spec.commandLine(),
                    input + " is a folder; extract reads one file (bundle reads folders)");
        }
        PrintWriter err = spec.commandLine().getErr();
        Extraction extraction;
        try {
            extraction = parent.verbatim().extractAll(parsed,
                    BundleOptions.defaults().withReadTimeout(Duration.ofSeconds(readTimeout)));
        } catch (IOException e) {
            err.println("verbatim: " + input + ": " + IoErrors.describe(e, input));
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
        print(extraction.articles(), chosen.equals("text"), isContainer(extraction));
        for (Failure failure : extraction.failures()) {
            err.println("verbatim: " + failure);
        }
        if (extraction.articles().isEmpty() && extraction.complete()) {
            err.println("verbatim: " + input + ": no article in it" + notes(extraction));
        }
        err.flush();
        return extraction.complete() && !extraction.articles().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    private void print(List<Article> articles, boolean text, boolean container) {
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            if (text) {
                if (i > 0) {
                    out.println("\f");
                }
                out.print(article.text());
                if (!article.text().endsWith("\n")) {
                    out.println();
                }
            } else if (container) {
                out.println(oneLine(VerbatimJson.toJson(article)));
            } else {
                out.println(VerbatimJson.toJson(article));
            }
        }
        out.flush();
    }

    private static boolean isContainer(Extraction extraction) {
        return extraction.inputs().stream().anyMatch(i -> i.status() == InputStatus.EXPANDED);
    }

    private static String notes(Extraction extraction) {
        return extraction.inputs().stream().filter(i -> i.status() == InputStatus.EXPANDED).map(InputRecord::note)
                .findFirst().map(note -> " (" + note + ")").orElse("");
    }

    /** Returns the same JSON on one line, keys in the same order. */
    private static String oneLine(String json) {
        try {
            return LINES.writeValueAsString(LINES.readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException("Verbatim's own JSON did not read back", e);
        }
    }
}
