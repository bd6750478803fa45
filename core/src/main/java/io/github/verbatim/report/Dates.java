package io.github.verbatim.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How the report writes dates and times: in English, times in UTC and saying so. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Dates() {
    }

    /** Returns such as {@code 21 November 2026, 10:15 UTC}. */
    static String instant(Instant instant) {
        return TIME.format(instant);
    }

    /** Returns such as {@code 1 October 2020}. */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** Returns an ISO 8601 date as {@code 1 October 2020}, or the text as given if it is no full date. */
    static String isoDay(String iso) {
        try {
            return iso.length() >= 10 ? day(LocalDate.parse(iso.substring(0, 10))) : iso;
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
