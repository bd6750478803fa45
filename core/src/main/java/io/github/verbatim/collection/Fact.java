package io.github.verbatim.collection;

import io.github.verbatim.model.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * One fact an article states: a value of an attribute of a subject, where it says so.
 *
 * @param subjectKey the subject as compared ({@code chrissy teigen}, {@code photo})
 * @param subject the subject as shown
 * @param attribute {@code age}, {@code count}, {@code date} or {@code place}
 * @param event for dates and places, what happened ({@code married}, {@code born}, …)
 * @param value the value as written
 * @param comparable the value as compared
 * @param articleIndex the article's position in the collection
 * @param provenance where the article states it
 */
record Fact(String subjectKey, String subject, String attribute, @Nullable String event, String value,
        String comparable, int articleIndex, Provenance provenance) {
}
