package io.github.verbatim.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * W3C Web Annotation {@code TextPositionSelector}: the span {@code [start, end)} of the normalized
 * text, counted in Unicode code points.
 *
 * @param start first code point of the span, inclusive
 * @param end code point after the span, exclusive
 */
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record TextPositionSelector(int start, int end) {

    /** Checks that {@code 0 <= start <= end}. */
    public TextPositionSelector {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Returns the selector type name used in JSON, {@code TextPositionSelector}. */
    @JsonProperty("type")
    public String type() {
        return "TextPositionSelector";
    }

    /** Returns the number of code points in the span. */
    public int length() {
        return end - start;
    }
}
