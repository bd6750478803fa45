package io.github.verbatim.capture;

/**
 * An input that was not taken: a failure (it could not be listed or does not exist) or a skip
 * (given twice, the output itself, not a regular file).
 *
 * @param location the input as the user would name it
 * @param reason what happened, one sentence
 * @param failed true for a failure, false for a deliberate skip
 */
public record InputIssue(String location, String reason, boolean failed) implements ScannedInput {
}
