package io.github.verbatim.cite;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /** Copies the parts and checks there is one date of one to three parts. */
    public CslDate {
        dateParts = dateParts.stream().map(List::copyOf).toList();
        if (dateParts.size() != 1 || dateParts.get(0).isEmpty() || dateParts.get(0).size() > 3) {
            throw new IllegalArgumentException("one date of year, month and day expected: " + dateParts);
        }
    }

    /**
     * Reads the date part of an ISO 8601 date or date-time, as the date the text states (a
     * date-time's offset is not applied).
     *
     * @param iso such as {@code 2020-10-01} or {@code 2020-10-01T08:00:00-04:00}
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

    /** Returns the day of an instant in UTC. */
    public static CslDate of(Instant instant) {
        return of(instant.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** Returns the year. */
    public int year() {
        return dateParts.get(0).get(0);
    }

    /** Returns the month, 1 to 12, or null if only the year is known. */
    public @Nullable Integer month() {
        return dateParts.get(0).size() > 1 ? dateParts.get(0).get(1) : null;
    }

    /** Returns the day of the month, or null if not known. */
    public @Nullable Integer day() {
        return dateParts.get(0).size() > 2 ? dateParts.get(0).get(2) : null;
    }

    /** Returns the date as ISO 8601 to its precision: {@code 2020}, {@code 2020-10} or {@code 2020-10-01}. */
    public String iso() {
        StringBuilder out = new StringBuilder(String.format("%04d", year()));
        if (month() != null) {
            out.append(String.format("-%02d", month()));
            if (day() != null) {
                out.append(String.format("-%02d", day()));
            }
        }
        return out.toString();
    }
}
