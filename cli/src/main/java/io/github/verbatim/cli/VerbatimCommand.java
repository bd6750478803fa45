package io.github.verbatim.cli;

import io.github.verbatim.Verbatim;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code verbatim} command. It does nothing itself: its subcommands {@code bundle},
 * {@code extract}, {@code verify}, {@code cite} and {@code quotes} do the work through
 * {@link Verbatim}.
 *
 * <p>{@link #commandLine(VerbatimCommand)} gives the command as {@link #main} runs it: usage errors
 * in two lines instead of the whole help, and unexpected errors in one line instead of a stack
 * trace. A plain {@code new CommandLine(new VerbatimCommand())} gives the same exit codes with
 * picocli's default messages.
 */
@Command(
        name = "verbatim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {BundleCommand.class, ExtractCommand.class, VerifyCommand.class, CiteCommand.class, QuotesCommand.class},
        description = "Archive news articles byte-for-byte and cite them with provenance.",
        exitCodeOnExecutionException = ExitCodes.ERROR,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success",
            "1:Some inputs could not be read (bundle, extract, cite, quotes)",
            ExitCodes.USAGE_LINE,
            "3:A bag failed verification (verify)",
            "4:A bundle could not be written, or an unexpected error"},
        footer = {"", "Run 'verbatim COMMAND --help' for a command's options and exit codes."})
public final class VerbatimCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an unexpected error.")
    private boolean debug;

    private final Supplier<Verbatim> verbatim;

    /** Creates the command with {@link Verbatim#create()}: every reader on the class path. */
    public VerbatimCommand() {
        this(Verbatim::create);
    }

    /**
     * Creates the command with another {@link Verbatim}, such as one with extra readers.
     *
     * @param verbatim gives the Verbatim a subcommand uses; called once per run, and not at all
     *     for help, version or usage errors
     */
    public VerbatimCommand(Supplier<Verbatim> verbatim) {
        this.verbatim = verbatim;
    }

    /**
     * Runs the command and exits with its exit code. Output is UTF-8, as JSON must be.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode = commandLine(new VerbatimCommand()).setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /**
     * Returns the command ready to {@link CommandLine#execute execute}, with Verbatim's handlers
     * for usage errors and unexpected errors.
     *
     * @param command the command
     * @return its command line; set its output and error writers before executing it
     */
    public static CommandLine commandLine(VerbatimCommand command) {
        return new CommandLine(command)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new UnexpectedErrorHandler());
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command: bundle, extract, verify, cite or quotes");
    }

    /** Returns the Verbatim that the subcommands use. */
    Verbatim verbatim() {
        return verbatim.get();
    }

    /** Returns whether {@code --debug} was given, on this command or a subcommand. */
    boolean debug() {
        return debug;
    }
}
