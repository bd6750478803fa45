package io.github.verbatim.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates pages give into ISO 8601: a date-time with offset ({@code 2019-11-19T08:02:00-05:00})
 * where the page gives a zone, else a date ({@code 2019-11-19}), as Verbatim's other readers do.
 *
 * <p>Read: ISO 8601 with or without offset, fraction or {@code T} (a space instead), offsets
 * without a colon ({@code +0000}); RFC 1123 ({@code Tue, 19 Nov 2019 08:02:00 GMT});
 * {@code 2019/11/19} and {@code 20191119}; English month names ({@code November 19, 2019},
 * {@code 19 Nov 2019}, {@code Nov. 19, 2019 8:21 am ET}, date only); and dates in URL paths
 * ({@code /2019/11/19/}, {@code /2019-11-19/}). Years outside 1900–2100 are not dates.
 */
final class Dates {

    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?:/|-|\\.|$)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /**
     * Returns a machine-readable date as ISO 8601, or null if the value is none of the forms read.
     *
     * @param value a date as a {@code <meta>}, JSON-LD or {@code datetime} attribute gives it
     * @return the date or date-time with offset, or null
     */
    static @Nullable String iso(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 64) {
            return null;
        }
        String t = v.length() > 10 && v.charAt(10) == ' ' && Character.isDigit(v.charAt(11)) ? v.substring(0, 10) + "T"
                + v.substring(11).replace(" ", "") : v;
        t = OFFSET_WITHOUT_COLON.matcher(t).replaceFirst("$1:$2");
        try {
            return checked(OffsetDateTime.parse(t).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeException notOffsetDateTime) {
            // Try the next form.
        }
        try {
            return checked(LocalDateTime.parse(t).toLocalDate().toString());
        } catch (DateTimeException notLocalDateTime) {
            // Try the next form.
        }
        try {
            return checked(LocalDate.parse(t).toString());
        } catch (DateTimeException notDate) {
            // Try the next form.
        }
        try {
            return checked(OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeException notRfc1123) {
            // Try the next form.
        }
        Matcher m = SLASHED.matcher(v);
        if (m.matches() || m.lookingAt() && v.charAt(m.end()) == ' ') {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(v);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return written(v);
    }

    /**
     * Returns a date written in English words, such as {@code November 19, 2019} or
     * {@code 19 Nov 2019}, as an ISO 8601 date, or null.
     *
     * @param text text that holds the date
     * @return the first such date, or null
     */
    static @Nullable String written(String text) {
        Matcher m = MONTH_FIRST.matcher(text);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), m.group(2));
        }
        m = DAY_FIRST.matcher(text);
        if (m.find()) {
            return date(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1));
        }
        return null;
    }

    /** Returns the date a URL's path gives, such as {@code /2019/11/19/}, or null. */
    static @Nullable String inUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static @Nullable String date(String year, String month, String day) {
        try {
            return checked(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Returns the ISO value if its year is plausible for a web page, else null. */
    private static @Nullable String checked(String iso) {
        if (iso.length() < 4 || !Character.isDigit(iso.charAt(0))) {
            return null;
        }
        int year = Integer.parseInt(iso.substring(0, 4));
        return year >= 1900 && year <= 2100 ? iso : null;
    }
}
