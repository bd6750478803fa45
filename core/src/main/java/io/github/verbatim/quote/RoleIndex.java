package io.github.verbatim.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles an article gives named people — {@code Cmdr. Sean Robertson, a spokesperson for…},
 * {@code United Nations spokesman Farhan Aziz Haq} — so that "the spokesperson said" can name them,
 * and "the source said", where no source was named, names no one.
 */
final class RoleIndex {

    private record Link(String role, String name, int at) {
    }

    private static final String NAME = "\\p{Lu}[\\p{L}’'\\-.]*(?:[ \\u00A0]\\p{Lu}[\\p{L}’'\\-.]*){0,4}";
    private static final Pattern NAME_THEN_ROLE = Pattern.compile("(?<name>" + NAME + "),\\s(?:a|an|the)\\s"
            + "(?:[\\p{L}\\p{N}\\-.’']+\\s){0,5}?(?<role>" + Cues.UNNAMED_ROLE + ")\\b");
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("(?i:\\b(?<role>" + Cues.UNNAMED_ROLE + "))\\s(?<name>" + NAME + ")");

    private final List<Link> links = new ArrayList<>();

    private RoleIndex() {
    }

    static RoleIndex of(String text, List<int[]> paragraphs, NameIndex names) {
        RoleIndex index = new RoleIndex();
        for (int[] p : paragraphs) {
            for (Pattern pattern : new Pattern[] {NAME_THEN_ROLE, ROLE_THEN_NAME}) {
                Matcher m = pattern.matcher(text).region(p[0], p[1]);
                while (m.find()) {
                    String name = names.resolve(m.group("name"));
                    if (names.isPerson(name)) {
                        index.links.add(new Link(m.group("role").toLowerCase(Locale.ROOT), name, m.start()));
                    }
                }
            }
        }
        index.links.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return index;
    }

    /** Returns the person most recently named before {@code at} in this role, or null. */
    String named(String role, int at) {
        String found = null;
        for (Link link : links) {
            if (link.at() >= at) {
                break;
            }
            if (link.role().equals(role)) {
                found = link.name();
            }
        }
        return found;
    }
}
