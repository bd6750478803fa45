package io.github.verbatim.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An input that could not be captured or read. Where its bytes were captured they are archived
 * all the same.
 *
 * @param location the input as the user named it
 * @param stage where it failed
 * @param reason what went wrong, one sentence
 * @param sha256 the SHA-256 of its bytes, where they were captured
 * @param archivedAs the path of its original in the bundle, where it was captured
 */
public record Failure(String location, Stage stage, String reason, @Nullable String sha256,
        @Nullable String archivedAs) {

    /** Where an input failed. */
    public enum Stage {
        /** Finding it: it does not exist, or its folder cannot be listed. */
        @JsonProperty("collect") COLLECT,
        /** Copying its bytes. */
        @JsonProperty("capture") CAPTURE,
        /** Reading the captured bytes as a document. */
        @JsonProperty("read") READ
    }

    /** Returns {@code location: reason}, the way the command line reports it. */
    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
