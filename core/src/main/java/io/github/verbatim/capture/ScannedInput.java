package io.github.verbatim.capture;

/** One entry of an {@link InputScan}: a file to capture, or an input not taken. */
public sealed interface ScannedInput permits InputFile, InputIssue {

    /** Returns the input as the user would name it. */
    String location();
}
