package io.github.verbatim.cli;

import io.github.verbatim.bundle.BundleOptions;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.InputRecord;
import io.github.verbatim.bundle.InputStatus;
import io.github.verbatim.capture.Input;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verbatim bundle}: writes a citation bundle from files, folders, web archives and URLs. */
@Command(
        name = "bundle",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnExecutionException = ExitCodes.ERROR,
        header = "Write a citation bundle (a BagIt bag) from files, folders and URLs.",
        description = {
            "Each input's bytes are archived unchanged in data/originals/, beside one JSON document per "
                    + "article, data/collection.json (every input and failure) and CSL-JSON citations.",
            "",
            "Folders are walked recursively; hidden files are left out, and a file named twice is taken "
                    + "once. A WARC or WACZ file is archived whole, and each page in it is read as an "
                    + "article of its own. An http or https URL is fetched, the exchange archived as a WARC "
                    + "file, and the page read. An input that cannot be read is archived where possible and "
                    + "listed as a failure; the others are bundled all the same. Progress and failures go "
                    + "to stderr."},
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

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files, folders, WARC or WACZ files, and http or https URLs to bundle.")
    private List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH",
            description = "The bundle to write: a folder, or a file ending in .zip.")
    private Path out;

    @Option(names = {"-f", "--force"},
            description = "Replace the output if it exists: a bag folder or a .zip file, nothing else.")
    private boolean force;

    @Option(names = {"-q", "--quiet"},
            description = "Print neither progress nor the summary; failures are still printed.")
    private boolean quiet;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "The most time reading one document may take; a document that takes longer "
                    + "fails alone (default: ${DEFAULT-VALUE}).")
    private int readTimeout;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "The most time fetching one URL may take, redirects included (default: ${DEFAULT-VALUE}).")
    private int fetchTimeout;

    @Override
    public Integer call() {
        if (readTimeout <= 0 || fetchTimeout <= 0) {
            throw new ParameterException(spec.commandLine(), "--read-timeout and --fetch-timeout must be positive");
        }
        List<Input> parsed = new ArrayList<>();
        for (String input : inputs) {
            try {
                parsed.add(Input.parse(input));
            } catch (InvalidPathException e) {
                throw new ParameterException(spec.commandLine(), input + " is neither a file nor a URL: " + e.getReason());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        BundleOptions options = BundleOptions.defaults()
                .withReplaceExisting(force)
                .withProgress(new ProgressPrinter(err, quiet))
                .withReadTimeout(Duration.ofSeconds(readTimeout))
                .withFetchTimeout(Duration.ofSeconds(fetchTimeout));
        BundleResult result;
        try {
            result = parent.verbatim().bundleInputs(parsed, out, options);
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
