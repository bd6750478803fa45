package io.github.verbatim.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of one input of a bundle. */
public enum InputStatus {
    /** Captured and read into an article. */
    @JsonProperty("read") READ,
    /** Captured; the same bytes as an earlier input, so the same article. */
    @JsonProperty("duplicate") DUPLICATE,
    /**
     * Captured as a container (a WARC or WACZ file) and read into the documents it holds, each
     * listed after it as an input of its own; the note counts them.
     */
    @JsonProperty("expanded") EXPANDED,
    /** Deliberately not taken: given twice, the bundle's own output, not a regular file. */
    @JsonProperty("skipped") SKIPPED,
    /** Could not be captured or read; see the bundle's failures. */
    @JsonProperty("failed") FAILED
}
