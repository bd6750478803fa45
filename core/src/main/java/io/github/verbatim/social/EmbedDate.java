package io.github.verbatim.social;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the English date of an embed's signature, {@code October 1, 2020} or {@code Oct. 1, 2020}. */
final class EmbedDate {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private EmbedDate() {
    }

    /**
     * Returns the month a name or abbreviation stands for.
     *
     * @param name such as {@code October}, {@code oct} or {@code Sept}
     * @return the month, 1 to 12, or null if the word is not a month
     */
    static @Nullable Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the ISO 8601 date.
     *
     * @param month 1 to 12
     * @param day the day as written, one or two digits
     * @param year the year as written, four digits
     * @return such as {@code 2020-10-01}, or null if there is no such day
     */
    static @Nullable String iso(int month, String day, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
