package io.github.verbatim.source;

import io.github.verbatim.text.SentenceSplitter;
import io.github.verbatim.model.SourceKind;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes that the article is copied from another outlet: {@code This article is republished from
 * Daily Mail Online.}, {@code This story originally appeared on X}, {@code Republished with
 * permission from X}, {@code Originally published by X}. Kind {@code republished-from}, named as
 * written.
 */
final class RepublicationNotes implements MentionFinder {

    /** A sentence that is such a note; group 1 is the outlet and what may follow it. */
    static final Pattern NOTE = Pattern.compile(
            "(?:This (?:article|story|post|piece|report|content|column) (?:is|was|has been) (?:originally |first )?"
            + "(?:re)?(?:published|posted|reprinted|syndicated|republished)"
            + "|This (?:article|story|post|piece) (?:originally |first )?appeared"
            + "|(?:Originally|First) (?:published|appeared|posted)"
            + "|(?:Republished|Reprinted|Reposted)(?: with (?:kind )?permission)?)"
            + " (?:from|by|on|in|at|courtesy of|with (?:kind )?permission (?:from|of))"
            + " (\\S.{0,150}?)[.!]?");
    private static final Pattern CUT = Pattern.compile(
            ",| on (?:\\p{Lu}\\p{L}+ \\d|\\d)| under | with permission| and is | \\(");

    /** Tells whether the sentence {@code text[from, to)} is a republication note. */
    static boolean matches(String text, int from, int to) {
        return NOTE.matcher(text).region(from, to).matches();
    }

    @Override
    public List<Mention> find(NormalizedText text, List<Span> paragraphs, Set<Span> boilerplate) {
        List<Mention> found = new ArrayList<>();
        String s = text.text();
        for (Span paragraph : paragraphs) {
            for (int[] sentence : SentenceSplitter.split(s, text.charIndex(paragraph.start()), text.charIndex(paragraph.end()))) {
                Matcher m = NOTE.matcher(s).region(sentence[0], sentence[1]);
                if (!m.matches()) {
                    continue;
                }
                int start = m.start(1);
                int end = m.end(1);
                Matcher cut = CUT.matcher(s).region(start, end);
                if (cut.find()) {
                    end = cut.start();
                }
                if (s.startsWith("the ", start)) {
                    start += 4;
                }
                String name = s.substring(start, end).strip();
                if (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0))) {
                    found.add(Mention.of(text, start, start + name.length(), SourceKind.REPUBLISHED_FROM, name,
                            "source:republication-note", 0.95));
                }
            }
        }
        return found;
    }
}
