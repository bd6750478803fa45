package io.github.verbatim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs the command in this JVM, capturing what it prints. */
final class Cli {

    /** One run: the exit code and everything printed to stdout and stderr. */
    record Run(int exitCode, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {
    }

    /** Runs {@code verbatim args} as {@code main} does, with Verbatim's error handlers. */
    static Run run(String... args) {
        return run(VerbatimCommand.commandLine(new VerbatimCommand()), args);
    }

    /** Runs {@code verbatim args} on a command line as built by the caller. */
    static Run run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
