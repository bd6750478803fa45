package io.github.verbatim.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a value came from and how sure Verbatim is of it.
 *
 * @param document id of the document the value was read from, {@code sha256:<hex>} of its bytes
 * @param position the span of the normalized text that gave the value; null for values that do not
 *     come from the text (document metadata, for example)
 * @param quote the same span as exact text with context; null exactly when {@code position} is
 * @param page the page number, counted from 1, where the reader knows one
 * @param method the rule or metadata field that produced the value, such as
 *     {@code plain-text:date-line} or {@code tika:dc:title}
 * @param agent the software that applied the method, with its version
 * @param confidence how sure the method is, from 0 (a guess) to 1 (certain)
 */
public record Provenance(
        String document,
        @Nullable TextPositionSelector position,
        @Nullable TextQuoteSelector quote,
        @Nullable Integer page,
        String method,
        String agent,
        double confidence) {

    /** Checks that the confidence lies in [0, 1] and that both selectors are given or neither. */
    public Provenance {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        if ((position == null) != (quote == null)) {
            throw new IllegalArgumentException("position and quote selectors go together");
        }
    }
}
