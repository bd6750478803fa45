package io.github.verbatim.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a quotation is: someone's words, a few words picked out, a title, or other quoted text. */
public enum QuoteKind {
    /** Someone's words, reported as said or written. */
    @JsonProperty("statement") STATEMENT,
    /** A few words inside a sentence, a partial or scare quote such as {@code “high risk”}. */
    @JsonProperty("partial") PARTIAL,
    /** The title or name of a work or thing, such as a song: {@code “Wild”}. */
    @JsonProperty("title") TITLE,
    /** Lyrics or other quoted text that is no one's statement. */
    @JsonProperty("other") OTHER
}
