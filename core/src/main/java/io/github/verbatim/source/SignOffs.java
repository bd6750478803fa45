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
import org.jspecify.annotations.Nullable;

/**
 * The publisher, named where it speaks for itself:
 * <ul>
 *   <li>a sign-off sentence in the outlet's voice: {@code Urban Islandz would also like to express
 *       our deepest condolences}, {@code X extends its …}, {@code Everyone at X …} (the verb must
 *       take {@code our} or {@code its}, the outlet speaking of itself), method
 *       {@code source:sign-off};</li>
 *   <li>a brand line over a boilerplate footer that repeats it ({@code Her View From Home} over
 *       {@code … become a writer on Her View From Home at …}), method
 *       {@code source:footer-brand}.</li>
 * </ul>
 */
final class SignOffs implements MentionFinder {

    private static final String NAME =
            "(\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,40}(?: (?:\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,40}|of|the|and|&)){0,5})";
    private static final Pattern AT_NAME = Pattern.compile(
            "(?:All of us|Everyone|Everybody|We|The (?:whole |entire )?(?:team|staff|family|editors)) (?:here )?at "
            + NAME + "\\b");
    private static final Pattern NAME_OFFERS = Pattern.compile(NAME
            + " (?:(?:would (?:also )?like|wishes|also wishes|wants|also wants) to (?:express|extend|offer|send|share"
            + "|convey|pass on)|(?:also )?(?:extends|sends|offers|expresses|conveys)) (?:our|its)\\b");
    private static final Set<String> PRONOUNS = Set.of("We", "I", "You", "He", "She", "They", "It", "This", "That",
            "These", "Those", "Our", "My", "His", "Her", "Their", "The", "A", "An");

    @Override
    public List<Mention> find(NormalizedText text, List<Span> paragraphs, Set<Span> boilerplate) {
        List<Mention> found = new ArrayList<>();
        String s = text.text();
        boolean[] isBoilerplate = new boolean[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            isBoilerplate[i] = boilerplate.contains(paragraphs.get(i));
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            Span paragraph = paragraphs.get(i);
            int from = text.charIndex(paragraph.start());
            int to = text.charIndex(paragraph.end());
            if (isBoilerplate[i] && BoilerplateDetector.isBrandLine(text, paragraphs, isBoilerplate, i)) {
                found.add(Mention.of(text, from, to, SourceKind.PUBLISHER, s.substring(from, to),
                        "source:footer-brand", 0.7));
                continue;
            }
            for (int[] sentence : SentenceSplitter.split(s, from, to)) {
                Mention signOff = signOff(text, sentence[0], sentence[1]);
                if (signOff != null) {
                    found.add(signOff);
                }
            }
        }
        return found;
    }

    private static @Nullable Mention signOff(NormalizedText text, int from, int to) {
        for (Pattern pattern : List.of(NAME_OFFERS, AT_NAME)) {
            Matcher m = pattern.matcher(text.text()).region(from, to);
            if (m.lookingAt()) {
                String name = trimConnectors(Mention.withoutClosingStop(m.group(1)));
                if (!name.isEmpty() && !PRONOUNS.contains(name)) {
                    return Mention.of(text, m.start(1), m.start(1) + name.length(), SourceKind.PUBLISHER, name,
                            "source:sign-off", 0.8);
                }
            }
        }
        return null;
    }

    /** Drops connecting words a greedy name may have taken at its end: {@code X and} → {@code X}. */
    private static String trimConnectors(String name) {
        String trimmed = name;
        for (String tail : List.of(" of", " the", " and", " &")) {
            while (trimmed.endsWith(tail)) {
                trimmed = trimmed.substring(0, trimmed.length() - tail.length());
            }
        }
        return trimmed;
    }
}
