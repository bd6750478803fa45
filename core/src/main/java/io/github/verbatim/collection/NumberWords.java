package io.github.verbatim.collection;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads small whole numbers written in digits or English words ({@code 34}, {@code four}, {@code thirty-four}). */
final class NumberWords {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    /** A regular expression matching what {@link #value} reads: digits or number words. */
    static final String PATTERN = "(?:\\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    private NumberWords() {
    }

    /** Returns the number, or null if the text is not one. */
    static @Nullable Integer value(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
            return t.length() > 6 ? null : Integer.valueOf(t);
        }
        int units = UNITS.indexOf(t);
        if (units >= 0) {
            return units;
        }
        int dash = t.indexOf('-');
        String tens = dash < 0 ? t : t.substring(0, dash);
        int ten = TENS.indexOf(tens);
        if (ten < 2) {
            return null;
        }
        if (dash < 0) {
            return ten * 10;
        }
        int unit = UNITS.indexOf(t.substring(dash + 1));
        return unit >= 1 && unit <= 9 ? ten * 10 + unit : null;
    }
}
