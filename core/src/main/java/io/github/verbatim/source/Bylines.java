package io.github.verbatim.source;

import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authors named by a byline line: {@code By Jane Doe}, {@code By Jane Doe and John Roe},
 * {@code By Jane Doe, John Roe & Ann Poe}, {@code By Jane Doe, Staff Writer}, {@code Jane Doe,
 * Staff Writer}, {@code Written by Jane Doe for Example News}.
 *
 * <p>A byline is a whole line of its own (at most {@value #MAX_LINE} characters, no quotation
 * mark) in the first three or last two body paragraphs or in boilerplate. Every name must read as a
 * person's: two to five capitalized words (initials and particles such as {@code de} or
 * {@code van} allowed inside), no digit, no word of an outlet or a role ({@code News},
 * {@code Press}, {@code Staff}, {@code Reporter} …), and not the publisher's name. The list stops
 * at the first part that is not a name ({@code Staff Writer}, {@code CNN}); a line whose first part
 * is not a name is not a byline.
 */
final class Bylines {

    /** Longest line read as a byline. */
    static final int MAX_LINE = 150;

    /** A found author: the name and its UTF-16 range. */
    record Author(String name, int start, int end) {
    }

    private static final Pattern BY = Pattern.compile(
            "(?:By|BY|Written by|Story by|Words by|Reporting by|Posted by)[ \\t]++(\\S.*)");
    private static final Pattern ROLE_LINE = Pattern.compile("([^,\\n]{3,60}),[ \\t]*+(?:(?:Senior|Staff|Contributing"
            + "|Chief|Associate|Special|Deputy|Managing|Political|Health|Entertainment|Executive|Freelance|Features|News"
            + "|Sports|Investigative|Digital)[ \\t]++){0,3}(?:Writer|Reporter|Correspondent|Editor|Columnist"
            + "|Contributor|Journalist|Producer)\\b.{0,60}", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile(",[ \\t]*+(?:and[ \\t]++)?|[ \\t]++(?:and|&)[ \\t]++");
    private static final Pattern END_OF_NAMES = Pattern.compile(
            "[ \\t]++(?:for|of|at|on|in|from|via|[|—–-])[ \\t]|[ \\t]*+[|—–(]|[ \\t]++(?:Published|Updated|Posted)\\b");
    private static final Pattern TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’-]*+\\.?|\\p{Lu}\\.");
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "du", "van", "von", "der",
            "den", "la", "le", "bin", "al", "ibn", "y", "dos", "das");
    private static final Set<String> NOT_NAME_WORDS = Set.of("news", "press", "times", "post", "media", "magazine",
            "staff", "reporter", "reporters", "writer", "writers", "editor", "editors", "desk", "online", "daily",
            "team", "wire", "agency", "reuters", "associated", "network", "group", "digital", "service", "correspondent",
            "contributor", "report", "journal", "weekly", "today", "tribune", "herald", "gazette", "radio", "television",
            "tv", "the", "from", "and");
    private static final Pattern QUOTATION_MARK = Pattern.compile("[\"“”«»„]");

    private Bylines() {
    }

    /**
     * Finds authors.
     *
     * @param text the text
     * @param body the body paragraphs
     * @param boilerplate the boilerplate paragraphs
     * @param publishers publisher names found elsewhere; never taken as authors
     * @return the authors of the first byline found, in order
     */
    static List<Author> find(NormalizedText text, List<Span> body, List<Span> boilerplate, Set<String> publishers) {
        List<Span> candidates = new ArrayList<>(body.subList(0, Math.min(3, body.size())));
        candidates.addAll(body.subList(Math.max(Math.min(3, body.size()), body.size() - 2), body.size()));
        candidates.addAll(boilerplate);
        String s = text.text();
        for (Span paragraph : candidates) {
            int from = text.charIndex(paragraph.start());
            int to = text.charIndex(paragraph.end());
            for (int lineStart = from; lineStart < to; ) {
                int newline = s.indexOf('\n', lineStart);
                int lineEnd = newline < 0 || newline > to ? to : newline;
                List<Author> authors = byline(s, lineStart, lineEnd, publishers);
                if (!authors.isEmpty()) {
                    return authors;
                }
                lineStart = lineEnd + 1;
            }
        }
        return List.of();
    }

    private static List<Author> byline(String s, int from, int to, Set<String> publishers) {
        if (to - from > MAX_LINE || QUOTATION_MARK.matcher(s).region(from, to).find()) {
            return List.of();
        }
        Matcher by = BY.matcher(s).region(from, to);
        if (by.matches()) {
            return names(s, by.start(1), to, publishers);
        }
        Matcher role = ROLE_LINE.matcher(s).region(from, to);
        if (role.matches()) {
            List<Author> one = names(s, role.start(1), role.end(1), publishers);
            return one.size() == 1 ? one : List.of();
        }
        return List.of();
    }

    /** Reads the names in {@code s[from, to)}, stopping at the first part that is not one. */
    private static List<Author> names(String s, int from, int to, Set<String> publishers) {
        Matcher end = END_OF_NAMES.matcher(s).region(from, to);
        int stop = end.find() ? end.start() : to;
        List<Author> authors = new ArrayList<>();
        Matcher separator = SEPARATOR.matcher(s).region(from, stop);
        int partStart = from;
        while (true) {
            boolean more = separator.find();
            int partEnd = more ? separator.start() : stop;
            String part = s.substring(partStart, partEnd).strip();
            if (!isPersonName(part, publishers)) {
                break;
            }
            int at = s.indexOf(part, partStart);
            authors.add(new Author(part, at, at + part.length()));
            if (!more) {
                break;
            }
            partStart = separator.end();
        }
        return authors;
    }

    private static boolean isPersonName(String part, Set<String> publishers) {
        String[] tokens = part.split("[ \\t]+");
        if (tokens.length < 2 || tokens.length > 5 || publishers.contains(part.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            boolean inside = i > 0 && i < tokens.length - 1;
            if (NOT_NAME_WORDS.contains(token.toLowerCase(Locale.ROOT).replaceAll("[.’']", ""))) {
                return false;
            }
            if (!(TOKEN.matcher(token).matches() || inside && PARTICLES.contains(token))) {
                return false;
            }
        }
        return true;
    }
}
