package io.github.verbatim.source;

import io.github.verbatim.model.SourceKind;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.Keywords;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authorities the article cites for facts, kind {@code cited}, named as written without a leading
 * article:
 * <ul>
 *   <li>a {@code Source: NHS Choices} line (any name), method {@code source:source-line};</li>
 *   <li>{@code according to the NHS}, method {@code source:according-to};</li>
 *   <li>{@code The NHS writes:} (also says, states, advises, recommends, explains, notes, warns,
 *       reports, estimates), method {@code source:authority-says}.</li>
 * </ul>
 * A person is not an authority here: the name must hold an acronym ({@code NHS}, {@code CDC}) or
 * an institution's word ({@code Institute}, {@code Clinic}, {@code Foundation} …), or, after
 * {@code according to}, follow {@code the} ({@code according to the Daily Mail}).
 */
final class CitedAuthorities implements MentionFinder {

    private static final String NAME =
            "(\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,40}(?: (?:\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,40}|of|for|and|&)){0,6})";
    private static final Pattern SOURCE_LINE = Pattern.compile("Sources?[ \\t]*+:[ \\t]*+(\\S[^\\n]{0,150}?)\\.?");
    private static final Pattern ACCORDING = Pattern.compile("(?<![\\p{L}\\p{N}])[Aa]ccording to (?:(the|The) )?" + NAME);
    private static final Pattern SAYS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(the|The) )?" + NAME
            + " (?:writes|says|states|advises|recommends|explains|notes|warns|reports|estimates)(?: that)?[:,]");
    private static final Keywords ACCORDING_WORDS = Keywords.of("ccording to");
    private static final Keywords SAYS_WORDS = Keywords.of(" writes", " says", " states", " advises", " recommends",
            " explains", " notes", " warns", " reports", " estimates");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}\\p{N}?");
    private static final Set<String> NOT_ACRONYMS = Set.of("OK", "TV", "LOL", "OMG", "PS", "AM", "PM", "II", "III");
    private static final Set<String> INSTITUTION_WORDS = Set.of("Institute", "Institutes", "Association", "Society",
            "Foundation", "Organization", "Organisation", "Agency", "Service", "Services", "Department", "Ministry",
            "Centers", "Centres", "Center", "Centre", "Council", "University", "College", "Clinic", "Hospital", "Trust",
            "Charity", "Alliance", "Choices", "Board", "Commission", "Office", "Bureau", "Academy", "Administration",
            "Authority", "Survey", "Coalition", "Fund", "Federation", "Committee", "Journal", "Lancet");

    @Override
    public List<Mention> find(NormalizedText text, List<Span> paragraphs, Set<Span> boilerplate) {
        List<Mention> found = new ArrayList<>();
        String s = text.text();
        for (Span paragraph : paragraphs) {
            int from = text.charIndex(paragraph.start());
            int to = text.charIndex(paragraph.end());
            Matcher line = SOURCE_LINE.matcher(s).region(from, to);
            if (line.matches()) {
                String name = Mention.withoutClosingStop(line.group(1));
                found.add(Mention.of(text, line.start(1), line.start(1) + name.length(), SourceKind.CITED, name,
                        "source:source-line", 0.9));
                continue;
            }
            if (ACCORDING_WORDS.anyIn(text.text(), from, to)) {
                find(text, ACCORDING, from, to, true, "source:according-to", 0.8, found);
            }
            if (SAYS_WORDS.anyIn(text.text(), from, to)) {
                find(text, SAYS, from, to, false, "source:authority-says", 0.75, found);
            }
        }
        return found;
    }

    private static void find(NormalizedText text, Pattern pattern, int from, int to, boolean articleSuffices,
            String method, double confidence, List<Mention> found) {
        Matcher m = pattern.matcher(text.text()).region(from, to);
        while (m.find()) {
            String name = trimConnectors(Mention.withoutClosingStop(m.group(2)));
            if (isAuthority(name) || articleSuffices && m.group(1) != null) {
                found.add(Mention.of(text, m.start(2), m.start(2) + name.length(), SourceKind.CITED, name, method,
                        confidence));
            }
        }
    }

    private static boolean isAuthority(String name) {
        for (String word : name.split(" ")) {
            if (ACRONYM.matcher(word).matches() && !NOT_ACRONYMS.contains(word) || INSTITUTION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String trimConnectors(String name) {
        String trimmed = name;
        for (String tail : List.of(" of", " for", " and", " &")) {
            while (trimmed.endsWith(tail)) {
                trimmed = trimmed.substring(0, trimmed.length() - tail.length());
            }
        }
        return trimmed;
    }
}
