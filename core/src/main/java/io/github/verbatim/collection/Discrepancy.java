package io.github.verbatim.collection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fact about one person or thing that the articles state differently, across articles or
 * within one: every value, each with where it is stated. Verbatim reports it; it never decides
 * which value is right.
 *
 * @param subject who or what the fact is about ({@code Chrissy Teigen}, {@code photos})
 * @param attribute {@code age}, {@code count}, {@code date} or {@code place}
 * @param event for a date or place, what happened: {@code born}, {@code married}, {@code died}
 *     or {@code hospitalized}
 * @param values the values, in the order the collection first states them
 */
public record Discrepancy(String subject, String attribute, @Nullable String event, List<StatedValue> values) {

    /** Copies the list. */
    public Discrepancy {
        values = List.copyOf(values);
    }
}
