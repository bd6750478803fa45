package io.github.verbatim.cli;

import io.github.verbatim.bundle.Problem;
import io.github.verbatim.bundle.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verbatim verify}: checks that a bundle is complete and unchanged. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnExecutionException = ExitCodes.ERROR,
        header = "Check that a bundle is complete and unchanged.",
        description = {
            "BUNDLE is a bundle folder or .zip, or any BagIt bag. Every checksum is recomputed. A good bag "
                    + "gives one OK line on stdout; otherwise each problem (a file changed, missing or "
                    + "added, a malformed tag file) is printed, then a FAILED line."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The bag is complete and every checksum matches",
            ExitCodes.USAGE_LINE + ", such as a path that does not exist",
            "3:Verification failed: a file changed, missing or added, a malformed tag file, or not a bag",
            ExitCodes.UNEXPECTED_LINE})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private VerbatimCommand parent;

    @Parameters(paramLabel = "BUNDLE", description = "The bundle folder or .zip file.")
    private Path bundle;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Verification verification;
        try {
            verification = parent.verbatim().verify(bundle);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), bundle + ": no such file or folder");
        } catch (IOException e) {
            out.println("FAILED " + bundle + ": " + IoErrors.describe(e, bundle.toString()));
            out.flush();
            return ExitCodes.VERIFICATION_FAILED;
        }
        if (verification.valid()) {
            out.println("OK " + bundle + ": " + verification.filesChecked() + " files checked, every checksum matches");
            out.flush();
            return ExitCodes.OK;
        }
        for (Problem problem : verification.problems()) {
            out.println(problem);
        }
        int problems = verification.problems().size();
        out.println("FAILED " + bundle + ": " + problems + " problem" + (problems == 1 ? "" : "s") + ", "
                + verification.filesChecked() + " files checked");
        out.flush();
        return ExitCodes.VERIFICATION_FAILED;
    }
}
