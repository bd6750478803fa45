package io.github.verbatim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports an exception no command expected (a bug, or a failure outside Verbatim's control) in one
 * line, with the stack trace only under {@code --debug}, and exits with 4.
 */
final class UnexpectedErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (debug(command)) {
            err.println("verbatim: unexpected error:");
            ex.printStackTrace(err);
        } else {
            err.println("verbatim: unexpected error: " + ex + " (run with --debug for the stack trace)");
        }
        err.flush();
        return command.getExitCodeExceptionMapper() != null
                ? command.getExitCodeExceptionMapper().getExitCode(ex)
                : command.getCommandSpec().exitCodeOnExecutionException();
    }

    private static boolean debug(CommandLine command) {
        CommandLine root = command;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof VerbatimCommand verbatim && verbatim.debug();
    }
}
