package io.github.verbatim.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * W3C Web Annotation {@code TextQuoteSelector}: the exact text of a span with up to 32 code points
 * of context on each side, so the span can be found again if offsets shift.
 *
 * @param exact the text of the span
 * @param prefix the text just before the span, at most 32 code points
 * @param suffix the text just after the span, at most 32 code points
 */
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record TextQuoteSelector(String exact, String prefix, String suffix) {

    /** Returns the selector type name used in JSON, {@code TextQuoteSelector}. */
    @JsonProperty("type")
    public String type() {
        return "TextQuoteSelector";
    }
}
