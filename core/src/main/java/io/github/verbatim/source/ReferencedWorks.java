package io.github.verbatim.source;

import io.github.verbatim.model.SourceKind;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.Keywords;
import io.github.verbatim.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other works the article refers to, kind {@code referenced}, each found only where the words say
 * what kind of work it is (a capitalized phrase alone is never a source). The name is the work's
 * title or the outlet's or show's name as written; the provenance covers the whole phrase, so its
 * text says what the work is.
 * <ul>
 *   <li>a titled work in quotes beside its kind: {@code music video for Legend’s “Wild”},
 *       {@code Legend’s music video for “Wild”}, {@code the “Wild” music video} (song, single,
 *       album, film, book, podcast, show …), method {@code source:titled-work};</li>
 *   <li>an untitled-in-quotes work after a possessive and its kind: {@code his song Never Break},
 *       {@code John's new single, Wild}, method {@code source:named-work};</li>
 *   <li>an interview in a named outlet: {@code told The Cut}, {@code in an interview with CNN},
 *       {@code told People magazine}, method {@code source:interview};</li>
 *   <li>a TV appearance: {@code appeared on ABC show FABLife}, {@code appeared on Good Morning
 *       America}, method {@code source:tv-appearance};</li>
 *   <li>an event appearance: {@code Billboard Music Awards performance}, {@code performed at the
 *       Grammy Awards}, method {@code source:event-appearance}.</li>
 * </ul>
 */
final class ReferencedWorks implements MentionFinder {

    private static final String KINDS = "music video|video|song|single|album|track|ballad|film|movie|documentary|book"
            + "|cookbook|memoir|novel|podcast|show|series|episode|special";
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,40}";
    private static final String OWNER = "(?:" + WORD + "(?: " + WORD + "){0,3})[’']s";
    private static final String QUOTED = "[“\"]([^”\"\\n]{1,80}?)[,.]?[”\"]";
    /** Capitalized words, with small connecting words only between them. */
    private static final String TITLE = WORD + "(?: (?:(?:of|the|and|&|in|on|with|a) ){0,2}" + WORD + "){0,7}";
    private static final String START = "(?<![\\p{L}\\p{N}])";

    private static final Pattern TITLED = Pattern.compile(START + "(?:"
            + "(?:" + KINDS + ") (?:for )?(?:" + OWNER + " )?(?:new )?" + QUOTED
            + "|" + OWNER + " (?:new |latest |hit |debut )?(?:" + KINDS + ") (?:for )?" + QUOTED + ")");
    private static final Pattern QUOTED_BEFORE_KIND = Pattern.compile(QUOTED + " (?:" + KINDS + ")(?![\\p{L}])");
    private static final Pattern NAMED = Pattern.compile(START + "(?:his|her|their|" + OWNER + ") (?:new |latest |hit "
            + "|debut )?(?:song|single|album|track|ballad|film|movie|book|cookbook|memoir|novel|documentary|podcast)"
            + ",? (" + TITLE + ")");
    private static final Pattern INTERVIEW = Pattern.compile(START + "(?:told|telling|tells|said to|speaking to"
            + "|speaking with|in an interview with|interviewed by|in an interview on|writing in|wrote in) "
            + "(?:(The " + TITLE + ")|(\\p{Lu}{2,6}(?: News| Radio| Television)?)(?![\\p{L}\\p{N}])|(" + TITLE
            + ") (?:magazine|newspaper|podcast))");
    private static final Pattern TV = Pattern.compile(START + "(?:appeared on|appearance on|appearing on"
            + "|guest-starred on|guest starred on|on an episode of) (?:(?:\\p{Lu}{2,6}|" + WORD + ")(?:[’']s)? "
            + "(?:show|series|program|programme|talk show|sitcom) )?((?:The )?" + TITLE + ")");
    private static final Pattern EVENT = Pattern.compile(START + "(?:(" + WORD + "(?: " + WORD + "){0,4} "
            + "(?:Awards|Festival|Gala|Telethon|Concert))(?: performance| appearance| ceremony| speech| broadcast)"
            + "|(?:performed|performing|performance|appeared|appearance|spoke|speech) at the (" + WORD
            + "(?: " + WORD + "){0,4} (?:Awards|Festival|Gala|Telethon|Concert)))");
    private static final Keywords WORK_WORDS = Keywords.of("video", "song", "single", "album", "track", "ballad",
            "film", "movie", "documentary", "book", "memoir", "novel", "podcast", "show", "series", "episode", "special");
    private static final Keywords INTERVIEW_WORDS = Keywords.of("told", "telling", "tells", "said to", "speaking",
            "interview", "writing in", "wrote in");
    private static final Keywords TV_WORDS = Keywords.of("appear", "guest", "episode");
    private static final Keywords EVENT_WORDS = Keywords.of("Awards", "Festival", "Gala", "Telethon", "Concert");
    private static final Set<String> NOT_TITLES = Set.of("instagram", "twitter", "facebook", "tiktok", "youtube",
            "snapchat", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "i", "he", "she", "they", "we", "it");

    @Override
    public List<Mention> find(NormalizedText text, List<Span> paragraphs, Set<Span> boilerplate) {
        List<Mention> found = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            if (boilerplate.contains(paragraph)) {
                continue;
            }
            int from = text.charIndex(paragraph.start());
            int to = text.charIndex(paragraph.end());
            String s = text.text();
            if (WORK_WORDS.anyIn(s, from, to)) {
                add(text, TITLED, from, to, "source:titled-work", 0.8, found);
                add(text, QUOTED_BEFORE_KIND, from, to, "source:titled-work", 0.75, found);
                add(text, NAMED, from, to, "source:named-work", 0.7, found);
            }
            if (INTERVIEW_WORDS.anyIn(s, from, to)) {
                add(text, INTERVIEW, from, to, "source:interview", 0.7, found);
            }
            if (TV_WORDS.anyIn(s, from, to)) {
                add(text, TV, from, to, "source:tv-appearance", 0.7, found);
            }
            if (EVENT_WORDS.anyIn(s, from, to)) {
                add(text, EVENT, from, to, "source:event-appearance", 0.7, found);
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Adds every match; the name is the first group that matched, the provenance the whole match. */
    private static void add(NormalizedText text, Pattern pattern, int from, int to, String method, double confidence,
            List<Mention> found) {
        Matcher m = pattern.matcher(text.text()).region(from, to);
        while (m.find()) {
            int group = 1;
            while (group < m.groupCount() && m.group(group) == null) {
                group++;
            }
            if (m.group(group) == null) {
                continue;
            }
            String name = Mention.withoutClosingStop(m.group(group));
            int end = m.end(group) == m.end() ? m.start(group) + name.length() : m.end();
            if (name.startsWith("The ") && method.equals("source:event-appearance")) {
                name = name.substring(4);
            }
            String first = name.split(" ")[0].toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !NOT_TITLES.contains(first)) {
                found.add(Mention.of(text, m.start(), end, SourceKind.REFERENCED, name, method, confidence));
            }
        }
    }
}
