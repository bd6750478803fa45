package io.github.verbatim.cite;

import org.jspecify.annotations.Nullable;

/**
 * A CSL-JSON name: family and given parts, or a literal for a name that has no such parts
 * (an organization, an account).
 *
 * @param family the family name
 * @param given the given names
 * @param literal the whole name, where it is not split
 */
public record CslName(@Nullable String family, @Nullable String given, @Nullable String literal) {

    /**
     * Splits a personal name written "Given Family" at its last space; a one-word name stays literal.
     *
     * @param name the name as the article gives it
     * @return the CSL name
     */
    public static CslName of(String name) {
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        if (space < 0) {
            return literal(trimmed);
        }
        return new CslName(trimmed.substring(space + 1), trimmed.substring(0, space).strip(), null);
    }

    /**
     * Returns a name that is never split or reordered.
     *
     * @param name such as {@code Urban Islandz} or {@code John Legend [@johnlegend]}
     * @return the CSL name
     */
    public static CslName literal(String name) {
        return new CslName(null, null, name);
    }

    /** Returns the name as written: the literal, or "Given Family". */
    public String display() {
        if (literal != null) {
            return literal;
        }
        return given == null ? String.valueOf(family) : given + " " + family;
    }
}
