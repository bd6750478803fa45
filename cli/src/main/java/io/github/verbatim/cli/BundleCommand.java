package io.github.verbatim.cli;

import io.github.verbatim.bundle.BundleOptions;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.InputRecord;
import io.github.verbatim.bundle.InputStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
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

/** {@code verbatim bundle}: writes a citation bundle from files and folders. */
@Command(
        name = "bundle",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnExecutionException = ExitCodes.ERROR,
        header = "Write a citation bundle (a BagIt bag) from files and folders.",
        description = {
            "Each input's bytes are archived unchanged in data/originals/, beside one JSON document per "
                    + "article, data/collection.json (every input and failure) and CSL-JSON citations.",
            "",
            "Folders are walked recursively; hidden files are left out, and a file named twice is taken "
                    + "once. An input that cannot be read is archived where possible and listed as a "
                    + "failure; the others are bundled all the same. Progress and failures go to stderr."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every input was read",
            "1:Some inputs failed; the bundle is written and lists each failure with its reason",
            ExitCodes.USAGE_LINE + ", or the output exists (--force replaces a bundle, nothing else)",
            "4:The bundle could not be written (an I/O error), or an unexpected error"})
final class BundleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VerbatimCommand parent;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files and folders to bundle.")
    private List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH",
            description = "The bundle to write: a folder, or a file ending in .zip.")
    private Path out;

    @Option(names = {"-f", "--force"},
            description = "Replace the output if it exists: a bag folder or a .zip file, nothing else.")
    private boolean force;

    @Option(names = {"-q", "--quiet"},
            description = "Print neither progress nor the summary; failures are still printed.")
    private boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BundleOptions options = BundleOptions.defaults()
                .withReplaceExisting(force)
                .withProgress(new ProgressPrinter(err, quiet));
        BundleResult result;
        try {
            result = parent.verbatim().bundle(inputs, out, options);
        } catch (FileAlreadyExistsException e) {
            if (out.toString().equals(e.getFile())) {
                throw new ParameterException(spec.commandLine(),
                        force ? e.getMessage() : out + " exists; use --force to replace it");
            }
            return cannotWrite(err, e);
        } catch (IOException e) {
            return cannotWrite(err, e);
        }
        if (!quiet) {
            for (InputRecord input : result.collection().inputs()) {
                if (input.status() == InputStatus.SKIPPED || input.status() == InputStatus.DUPLICATE) {
                    err.println("verbatim: note: " + input.location() + ": " + input.note());
                }
            }
            err.println("verbatim: wrote " + result.output() + ": " + count(result.articles().size(), "article")
                    + ", " + count(result.failures().size(), "failure"));
        }
        err.flush();
        return result.complete() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    private int cannotWrite(PrintWriter err, IOException e) {
        err.println("verbatim: cannot write the bundle " + out + ": " + IoErrors.describe(e, out.toString()));
        err.flush();
        return ExitCodes.ERROR;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
