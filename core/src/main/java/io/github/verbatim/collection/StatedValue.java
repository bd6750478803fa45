package io.github.verbatim.collection;

import io.github.verbatim.model.Provenance;
import java.util.List;

/**
 * One value of a fact that articles state differently, and every place that states it.
 *
 * @param value the value as first written ({@code 34}, {@code five}, {@code 2013})
 * @param statements where each article states it: the article ({@code document}), the span
 *     (W3C position and quote selectors over the article's text) and the rule that read it
 */
public record StatedValue(String value, List<Provenance> statements) {

    /** Copies the list. */
    public StatedValue {
        statements = List.copyOf(statements);
    }
}
