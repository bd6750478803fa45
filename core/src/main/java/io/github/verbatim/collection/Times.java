package io.github.verbatim.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Times as the model gives them (ISO 8601 dates, date-times, instants), put in one order. A
 * value known only to the day comes after every value known to the minute on that day (UTC):
 * a post "of October 1" is not known to precede one timed at 03:58 that day.
 */
final class Times {

    /** A parsed time: its instant, and whether it is known only to the day (or month, or year). */
    record Time(Instant instant, boolean dayOnly) {
    }

    static final Comparator<Time> ORDER = Comparator
            .comparing((Time t) -> LocalDate.ofInstant(t.instant(), ZoneOffset.UTC))
            .thenComparing(Time::dayOnly)
            .thenComparing(Time::instant);

    private Times() {
    }

    /** Parses a time, or returns null if it is none of the ISO forms. */
    static @Nullable Time parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.matches("\\d{4}")) {
                return new Time(LocalDate.of(Integer.parseInt(v), 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), true);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                return new Time(LocalDate.parse(v + "-01").atStartOfDay(ZoneOffset.UTC).toInstant(), true);
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new Time(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant(), true);
            }
            if (v.endsWith("Z") || v.endsWith("z")) {
                return new Time(Instant.parse(v.toUpperCase(java.util.Locale.ROOT)), false);
            }
            if (v.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return new Time(OffsetDateTime.parse(v).toInstant(), false);
            }
            return new Time(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC), false);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }
}
