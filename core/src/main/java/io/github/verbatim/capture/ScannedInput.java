package io.github.verbatim.capture;

/** One entry of an {@link InputScan}: a file to capture, a URL to fetch, or an input not taken. */
public sealed interface ScannedInput permits InputFile, InputUrl, InputIssue {

    /** Returns the input as the user would name it. */
    String location();
}
