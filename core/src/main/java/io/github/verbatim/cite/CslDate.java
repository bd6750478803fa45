package io.github.verbatim.cite;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A CSL-JSON date as {@code date-parts}: year, and month and day where known.
 *
 * @param dateParts one list of {@code [year, month, day]} (month and day optional)
 */
public record CslDate(@JsonProperty("date-parts") List<List<Integer>> dateParts) {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Copies the parts. */
    public CslDate {
        dateParts = dateParts.stream().map(List::copyOf).toList();
    }

    /**
     * Reads the date part of an ISO 8601 date or date-time.
     *
     * @param iso such as {@code 2020-10-01} or {@code 2020-10-01T08:00:00Z}
     * @return the date, or null if the text does not start with a year
     */
    public static @Nullable CslDate parse(@Nullable String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = ISO.matcher(iso);
        if (!m.find()) {
            return null;
        }
        List<Integer> parts = new ArrayList<>();
        for (int g = 1; g <= 3 && m.group(g) != null; g++) {
            parts.add(Integer.parseInt(m.group(g)));
        }
        return new CslDate(List.of(parts));
    }

    /** Returns the date of a day. */
    public static CslDate of(LocalDate date) {
        return new CslDate(List.of(List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth())));
    }
}
