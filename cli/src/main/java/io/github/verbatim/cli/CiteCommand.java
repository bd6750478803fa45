package io.github.verbatim.cli;

import io.github.verbatim.cite.CslItem;
import io.github.verbatim.cite.References;
import io.github.verbatim.model.Article;
import io.github.verbatim.read.ReadException;
import io.github.verbatim.report.BundleView;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verbatim cite}: prints the references of a file or a bundle in a citation style or format. */
@Command(
        name = "cite",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnExecutionException = ExitCodes.ERROR,
        header = "Print the references of a file or a bundle.",
        description = {
            "INPUT is a file, read as 'extract' reads it, or a bundle (a folder or .zip) whose articles are "
                    + "cited. Every article is cited, and every social post the articles carry, once.",
            "",
            "Styles: apa (APA 7), mla (MLA 9), chicago (Chicago author-date) as text, one reference per "
                    + "paragraph; csl-json (Zotero, pandoc), bibtex (BibLaTeX, for biber) and ris (EndNote, "
                    + "Mendeley). Nothing is written but stdout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The references were printed",
            "1:The input could not be read: not a document, or a damaged bundle",
            ExitCodes.USAGE_LINE + ", such as an unknown style or a path that does not exist",
            ExitCodes.UNEXPECTED_LINE})
final class CiteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VerbatimCommand parent;

    @Parameters(paramLabel = "INPUT", description = "A file to read, or a bundle folder or .zip.")
    private Path input;

    @Option(names = {"-s", "--style"}, paramLabel = "STYLE", defaultValue = "apa",
            converter = CiteFormat.Converter.class, completionCandidates = CiteFormat.Names.class,
            description = "One of ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private CiteFormat style;

    @Override
    public Integer call() {
        if (!Files.exists(input)) {
            throw new ParameterException(spec.commandLine(), input + ": no such file or folder");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles;
        try {
            articles = BundleInput.isBundle(input) ? BundleView.read(input).articles()
                    : List.of(parent.verbatim().extract(input));
        } catch (ReadException e) {
            return cannotRead(err, e.problem());
        } catch (IOException e) {
            return cannotRead(err, IoErrors.describe(e, input.toString()));
        }
        List<CslItem> items = References.of(articles).items();
        PrintWriter out = spec.commandLine().getOut();
        out.print(style.write(items));
        out.flush();
        return ExitCodes.OK;
    }

    private int cannotRead(PrintWriter err, String problem) {
        err.println("verbatim: " + input + ": " + problem);
        err.flush();
        return ExitCodes.INPUT_FAILED;
    }
}
