package io.github.verbatim.read;

/**
 * An input could not be read as a document. The message names the input and the problem, such as
 * {@code notes.txt: binary data, not text: 812 NUL and 97 other control bytes in the first 4096 bytes}.
 */
public final class ReadException extends Exception {

    private final String input;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param input the input's name or location
     * @param problem what is wrong with it, one sentence without the input's name
     */
    public ReadException(String input, String problem) {
        super(input + ": " + problem);
        this.input = input;
        this.problem = problem;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param input the input's name or location
     * @param problem what is wrong with it
     * @param cause the underlying failure
     */
    public ReadException(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
        this.input = input;
        this.problem = problem;
    }

    /** Returns the input's name or location. */
    public String input() {
        return input;
    }

    /** Returns what is wrong with the input, without its name. */
    public String problem() {
        return problem;
    }
}
