package io.github.verbatim.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles an article gives named people — {@code Cmdr. Sean Robertson, a spokesperson for…},
 * {@code United Nations spokesman Farhan Aziz Haq} — so that "the spokesperson said" can name them,
 * and "the source said", where no source was named, names no one. Built from the article's person
 * mentions, looking only at the words just before and after each.
 */
final class RoleIndex {

    private record Link(String role, String name, int at) {
    }

    private static final Pattern ROLE_AFTER = Pattern.compile("^,\\s(?:a|an|the)\\s(?:[\\p{L}\\p{N}\\-.’']+\\s){0,5}?(?<role>"
            + Cues.UNNAMED_ROLE + ")\\b");
    private static final int WINDOW = 80;

    private final List<Link> links = new ArrayList<>();

    private RoleIndex() {
    }

    static RoleIndex of(String text, List<NameIndex.Mention> mentions) {
        RoleIndex index = new RoleIndex();
        for (NameIndex.Mention m : mentions) {
            // "spokesman Farhan Aziz Haq": the word just before the name.
            int wordEnd = m.start() - 1;
            if (wordEnd > 0 && text.charAt(wordEnd) == ' ') {
                int wordStart = wordEnd;
                while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
                    wordStart--;
                }
                String word = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
                if (Cues.UNNAMED_ROLES.contains(word)) {
                    index.links.add(new Link(word, m.name(), m.start()));
                }
            }
            Matcher after = ROLE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + WINDOW));
            if (after.find()) {
                index.links.add(new Link(after.group("role").toLowerCase(Locale.ROOT), m.name(), m.start()));
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
