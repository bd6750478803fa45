package io.github.verbatim.cli;

/** The exit codes of every {@code verbatim} command, as its help lists them. */
final class ExitCodes {

    /** Everything worked. */
    static final int OK = 0;
    /** Some inputs could not be read (a bundle is still written). */
    static final int INPUT_FAILED = 1;
    /** The command line was wrong: picocli's own code for invalid input. */
    static final int USAGE = 2;
    /** A bag failed verification, or is no bag at all. */
    static final int VERIFICATION_FAILED = 3;
    /** The output could not be written, or an unexpected error. */
    static final int ERROR = 4;

    /** The help footer line for exit code 2. */
    static final String USAGE_LINE = "2:Usage error: a bad option or argument";
    /** The help footer line for exit code 4 on commands that write nothing. */
    static final String UNEXPECTED_LINE = "4:Unexpected error (run with --debug for the stack trace)";

    private ExitCodes() {
    }
}
