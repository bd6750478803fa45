package io.github.verbatim.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Tells a person's name from what pages put in author fields and bylines: outlets, desks, dates,
 * profile URLs, and one-word fragments are not authors.
 *
 * <p>A name has two to six words, each starting with a letter, no digits, no {@code @}, no URL,
 * and no word of an organization ({@code Staff}, {@code Press}, {@code News}, {@code Desk} …); in
 * scripts that write names without spaces (Han, kana, Hangul) one word of two to six characters
 * is a name. A name equal to the outlet's name is not an author. A leading {@code By} is dropped.
 */
final class Names {

    private static final Pattern BY = Pattern.compile(
            "(?iu)^(?:(?:written|posted|story|words|text|reporting|report|edited|photos?)\\s+)?"
            + "(?:by|von|por|par|door|av|af)\\s+");
    private static final Pattern SEPARATORS = Pattern.compile(
            "(?u)\\s*(?:,|;|\\||\\b(?:and|And|AND)\\b|&|\\bund\\b|\\by\\b|\\bet\\b|\\be\\b)\\s*");
    private static final Set<String> ORGANIZATION_WORDS = Set.of("staff", "press", "news", "media", "agency",
            "editor", "editors", "editorial", "team", "desk", "newsroom", "admin", "administrator", "webmaster",
            "contributor", "contributors", "online", "magazine", "journal", "daily", "network", "group", "inc", "ltd",
            "llc", "corp", "company", "service", "services", "wire", "wires", "updated", "published", "posted", "share",
            "follow", "more", "view", "profile", "bio");

    private Names() {
    }

    /**
     * Returns the people a byline or author field names, in order, each once.
     *
     * @param text such as {@code By Jane Doe and John Roe}
     * @param outlets the outlet's names, which are never authors
     * @return the names
     */
    static List<String> people(String text, Collection<String> outlets) {
        List<String> names = new ArrayList<>();
        String s = BY.matcher(text.replaceAll("[\\s\\p{Z}]+", " ").strip()).replaceFirst("");
        for (String part : SEPARATORS.split(s)) {
            String name = person(part, outlets);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Returns a person's name as written, cleaned of a leading {@code By} and surrounding space, or
     * null if it is not one.
     *
     * @param raw the value
     * @param outlets the outlet's names
     * @return the name, or null
     */
    static @Nullable String person(String raw, Collection<String> outlets) {
        String name = BY.matcher(raw.replaceAll("[\\s\\p{Z}]+", " ").strip()).replaceFirst("").strip();
        if (name.length() < 2 || name.length() > 80 || name.contains("@") || name.contains("://")
                || name.startsWith("www.") || name.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        String[] words = name.split(" ");
        if (words.length == 1) {
            return isUnspacedScript(name) && name.codePointCount(0, name.length()) >= 2
                    && name.codePointCount(0, name.length()) <= 6 ? name : null;
        }
        if (words.length > 6) {
            return null;
        }
        for (String word : words) {
            if (!Character.isLetter(word.codePointAt(0)) || ORGANIZATION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        String last = words[words.length - 1];
        if (Character.isLowerCase(last.codePointAt(0)) && Character.isLowerCase(words[0].codePointAt(0))) {
            return null;
        }
        String key = ContentSelector.key(name);
        for (String outlet : outlets) {
            if (key.equals(ContentSelector.key(outlet))) {
                return null;
            }
        }
        return name;
    }

    /** Returns whether the text is in a script that writes names without spaces. */
    private static boolean isUnspacedScript(String text) {
        return text.codePoints().allMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || cp == '・' || cp == '·';
        });
    }
}
