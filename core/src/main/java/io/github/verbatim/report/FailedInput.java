package io.github.verbatim.report;

import org.jspecify.annotations.Nullable;

/**
 * An input of a bundle that could not be captured or read, as {@code collection.json} lists it.
 *
 * @param location the input as the user named it
 * @param stage where it failed: {@code collect}, {@code capture} or {@code read}
 * @param reason what went wrong
 * @param archivedAs the path of its original in the bundle, where its bytes were archived
 */
public record FailedInput(String location, String stage, String reason, @Nullable String archivedAs) {
}
