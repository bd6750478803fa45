package io.github.verbatim.text;

import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.TextPositionSelector;
import io.github.verbatim.model.TextQuoteSelector;
import java.util.Arrays;

/**
 * Normalized text indexed by Unicode code point, the unit of every Verbatim offset.
 *
 * <p>Java strings index UTF-16 chars; text with emoji or other characters outside the Basic
 * Multilingual Plane has more chars than code points. This class converts between the two in
 * O(log n) while storing only the positions of surrogate pairs, so it costs nothing extra for
 * most text.
 */
public final class NormalizedText {

    /** Code points of context kept on each side by {@link #quoteSelector(int, int)}. */
    public static final int CONTEXT = 32;

    private final String text;
    /** Code-point offsets of each supplementary character, ascending. */
    private final int[] supplementaryAt;
    private final int length;

    private NormalizedText(String text) {
        this.text = text;
        int[] found = new int[0];
        int count = 0;
        int cp = 0;
        for (int i = 0; i < text.length(); i++, cp++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.max(8, count * 2));
                }
                found[count++] = cp;
                i++;
            }
        }
        this.supplementaryAt = Arrays.copyOf(found, count);
        this.length = cp;
    }

    /**
     * Wraps text that is already normalized.
     *
     * @param normalized text as returned by {@link TextNormalizer#normalize(String)}
     * @return the indexed text
     */
    public static NormalizedText of(String normalized) {
        return new NormalizedText(normalized);
    }

    /** Returns the text itself. */
    public String text() {
        return text;
    }

    /** Returns the length of the text in code points. */
    public int length() {
        return length;
    }

    /** Returns the code-point offset of the given UTF-16 char index. */
    public int codePointOffset(int charIndex) {
        if (charIndex < 0 || charIndex > text.length()) {
            throw new IndexOutOfBoundsException("char index " + charIndex + " outside [0, " + text.length() + "]");
        }
        if (supplementaryAt.length == 0) {
            return charIndex;
        }
        // The k-th supplementary character (0-based) starts at char index supplementaryAt[k] + k.
        int lo = 0;
        int hi = supplementaryAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (supplementaryAt[mid] + mid < charIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return charIndex - lo;
    }

    /** Returns the UTF-16 char index of the given code-point offset. */
    public int charIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > length) {
            throw new IndexOutOfBoundsException("code point " + codePointOffset + " outside [0, " + length + "]");
        }
        if (supplementaryAt.length == 0) {
            return codePointOffset;
        }
        int lo = 0;
        int hi = supplementaryAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (supplementaryAt[mid] < codePointOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePointOffset + lo;
    }

    /** Returns the text of the code-point span {@code [start, end)}. */
    public String slice(int start, int end) {
        if (end < start) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ")");
        }
        return text.substring(charIndex(start), charIndex(end));
    }

    /** Returns the position selector of the code-point span {@code [start, end)}. */
    public TextPositionSelector positionSelector(int start, int end) {
        if (end > length) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") beyond length " + length);
        }
        return new TextPositionSelector(start, end);
    }

    /** Returns the quote selector of the code-point span {@code [start, end)}, with context. */
    public TextQuoteSelector quoteSelector(int start, int end) {
        return new TextQuoteSelector(
                slice(start, end),
                slice(Math.max(0, start - CONTEXT), start),
                slice(end, Math.min(length, end + CONTEXT)));
    }

    /**
     * Returns provenance for the code-point span {@code [start, end)} with both selectors.
     *
     * @param document the document id, {@code sha256:<hex>}
     * @param start first code point, inclusive
     * @param end code point after the span
     * @param method the rule that found the span
     * @param agent the software that applied the rule
     * @param confidence how sure the rule is, in [0, 1]
     * @return the provenance
     */
    public Provenance provenance(String document, int start, int end, String method, String agent,
            double confidence) {
        return new Provenance(document, positionSelector(start, end), quoteSelector(start, end), null,
                method, agent, confidence);
    }
}
