package io.github.verbatim.text;

/** Thrown when bytes that should be text are binary data. */
public final class BinaryContentException extends Exception {

    /**
     * Creates the exception.
     *
     * @param message what in the bytes shows they are not text
     */
    public BinaryContentException(String message) {
        super(message);
    }
}
