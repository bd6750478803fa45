package io.github.verbatim.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The part a {@link Source} plays for an article. */
public enum SourceKind {
    /** The outlet that published the article. */
    @JsonProperty("publisher") PUBLISHER,
    /** The outlet the article was republished from. */
    @JsonProperty("republished-from") REPUBLISHED_FROM,
    /** An authority the article cites for a fact, such as {@code NHS Choices}. */
    @JsonProperty("cited") CITED,
    /** A related article the text links to. */
    @JsonProperty("related") RELATED,
    /** A platform the article draws on. */
    @JsonProperty("platform") PLATFORM,
    /** Another work the article refers to: a music video, a TV appearance, an interview. */
    @JsonProperty("referenced") REFERENCED
}
