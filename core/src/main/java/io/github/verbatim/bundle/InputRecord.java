package io.github.verbatim.bundle;

import org.jspecify.annotations.Nullable;

/**
 * One input of a bundle and what became of it.
 *
 * @param location the input as the user named it
 * @param status read, duplicate, skipped or failed
 * @param sha256 the SHA-256 of its bytes, where they were captured
 * @param article the id of the article read from it, where one was
 * @param note why it was skipped or failed, or what it duplicates
 */
public record InputRecord(String location, InputStatus status, @Nullable String sha256, @Nullable String article,
        @Nullable String note) {
}
