package io.github.verbatim.report;

import java.util.List;

/**
 * A fact the articles disagree on, such as an age given as 34 by three outlets and 39 by one, as
 * a bundle's {@code collection.json} lists it under {@code discrepancies}.
 *
 * @param subject what the fact is about
 * @param readings each value given, with the articles that give it
 */
public record Discrepancy(String subject, List<Reading> readings) {

    /** Copies the readings. */
    public Discrepancy {
        readings = List.copyOf(readings);
    }

    /**
     * One value of a disputed fact.
     *
     * @param value the value as given
     * @param articles the ids of the articles that give it
     */
    public record Reading(String value, List<String> articles) {

        /** Copies the article ids. */
        public Reading {
            articles = List.copyOf(articles);
        }
    }
}
