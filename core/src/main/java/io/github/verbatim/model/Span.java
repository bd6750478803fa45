package io.github.verbatim.model;

/**
 * A span {@code [start, end)} of the normalized text in code points, such as a paragraph.
 *
 * @param start first code point, inclusive
 * @param end code point after the span, exclusive
 */
public record Span(int start, int end) {

    /** Checks that {@code 0 <= start <= end}. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }
}
