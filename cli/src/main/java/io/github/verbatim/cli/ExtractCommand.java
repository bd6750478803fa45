package io.github.verbatim.cli;

import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import io.github.verbatim.read.ReadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verbatim extract}: reads one file and prints its article as JSON. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnExecutionException = ExitCodes.ERROR,
        header = "Print one file's article as JSON.",
        description = {
            "Read FILE and print its article on stdout: metadata, text, paragraphs, quotes, sources and "
                    + "where each value came from. Nothing is written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The article was printed",
            "1:The file could not be read: it does not exist, cannot be opened, or is not a document",
            ExitCodes.USAGE_LINE + ", such as a folder instead of a file",
            ExitCodes.UNEXPECTED_LINE})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VerbatimCommand parent;

    @Parameters(paramLabel = "FILE", description = "The file to read.")
    private Path file;

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(),
                    file + " is a folder; extract reads one file (bundle reads folders)");
        }
        PrintWriter err = spec.commandLine().getErr();
        Article article;
        try {
            article = parent.verbatim().extract(file);
        } catch (ReadException e) {
            return cannotRead(err, e.problem());
        } catch (IOException e) {
            return cannotRead(err, IoErrors.describe(e, file.toString()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(VerbatimJson.toJson(article));
        out.flush();
        return ExitCodes.OK;
    }

    private int cannotRead(PrintWriter err, String problem) {
        err.println("verbatim: " + file + ": " + problem);
        err.flush();
        return ExitCodes.INPUT_FAILED;
    }
}
