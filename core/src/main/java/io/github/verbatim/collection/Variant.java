package io.github.verbatim.collection;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a cluster member's words differ from the cluster's fullest text. */
public enum Variant {
    /** Character for character the fullest text. */
    @JsonProperty("identical") IDENTICAL,
    /** The same words, written with other case, quotation marks, dashes, spacing or punctuation. */
    @JsonProperty("same-words") SAME_WORDS,
    /** Starts later than the fullest text: its opening words are not given. */
    @JsonProperty("truncated-start") TRUNCATED_START,
    /** Ends sooner than the fullest text: its closing words are not given. */
    @JsonProperty("truncated-end") TRUNCATED_END,
    /** Leaves words out in the middle and marks the cut with an ellipsis. */
    @JsonProperty("cut-ellipsis") CUT_ELLIPSIS,
    /** Leaves words out in the middle without marking the cut. */
    @JsonProperty("cut-silent") CUT_SILENT,
    /** Gives words otherwise ({@code everyday} for {@code every day}, {@code pregnancies} for {@code pregnancy}). */
    @JsonProperty("words-changed") WORDS_CHANGED,
    /** Has words in the middle that the fullest text does not. */
    @JsonProperty("words-added") WORDS_ADDED,
    /** Starts with words before the fullest text's start: an excerpt that overlaps it. */
    @JsonProperty("extends-start") EXTENDS_START,
    /** Runs on with words after the fullest text's end: an excerpt that overlaps it. */
    @JsonProperty("extends-end") EXTENDS_END
}
