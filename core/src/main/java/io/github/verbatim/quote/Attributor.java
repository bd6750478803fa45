package io.github.verbatim.quote;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said a quote: an attribution after it ({@code ,” she said}, {@code ” wrote Teigen}),
 * before it ({@code Chrissy explained: “}, {@code She said in an Instagram Story, "}, the subject
 * of {@code …, telling the audience: '}), or the speaker of the quote it continues. Pronouns and
 * role nouns ({@code the model}) resolve to the person they refer to; names to the fullest form
 * the article uses.
 */
final class Attributor {

    private static final String NAME = "(?:(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}’'\\-.]*(?:\\s+(?:\\p{Lu}[\\p{L}’'\\-.]*|de|van|von|da)){0,3})";
    private static final String DESCRIPTOR = "(?:(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\\s+(?:[\\p{L}\\p{N}\\-’']+\\s+){0,3}?"
            + Cues.ROLE + "\\b)";
    private static final String WHO = "(?:" + DESCRIPTOR + "|" + Cues.PRONOUN + "\\b|" + NAME + ")";

    private static final Pattern AFTER = Pattern.compile("(?U)[\\s,;:.!?—–\\-]{0,4}(?:(?<whoA>" + WHO + ")\\s+(?:"
            + Cues.ADVERB + "\\s+){0,2}(?<verbA>" + Cues.VERB + ")\\b|(?<verbB>" + Cues.VERB + ")\\s+(?<whoB>" + WHO + "))");
    private static final Pattern VERB = Pattern.compile("(?U)\\b" + Cues.VERB + "\\b");
    private static final Pattern COMPLEMENT = Pattern.compile("(?U)[^.!?\"“”]{0,90}?[:,]?\\s*");
    private static final Pattern WHO_BEFORE_VERB = Pattern.compile("(?U)(?<who>" + WHO + ")\\s+(?:" + Cues.ADVERB + "\\s+){0,2}$");
    private static final Pattern ANY_WHO = Pattern.compile("(?U)(?<![\\p{L}’'])" + WHO + "(?![\\p{L}])");
    private static final Pattern ACCORDING = Pattern.compile("(?U)[Aa]ccording to (?<who>" + WHO + ")\\s*,?\\s*$");
    private static final Pattern ROLE_WORD = Pattern.compile("\\b" + Cues.ROLE + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEMALE_ROLE = Pattern.compile("\\b(?:actress|hostess|mother|mom|mum|wife|woman|girl"
            + "|spokeswoman|businesswoman|mother-of-\\w+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MALE_ROLE = Pattern.compile("\\b(?:actor|father|dad|husband|man|boy|spokesman"
            + "|businessman|father-of-\\w+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLURAL_ROLE = Pattern.compile("\\b(?:couple|pair|duo)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENT_ROLE = Pattern.compile("\\b(?:statement|post|caption|message|note|letter|tweet)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANONYMOUS_ROLE = Pattern.compile("^(?:an?)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIPTOR_ONLY = Pattern.compile(DESCRIPTOR);
    private static final Pattern PRONOUN = Pattern.compile(Cues.PRONOUN);
    private static final int WINDOW_PARAGRAPHS = 3;
    private static final int MAX_SENTENCE = 600;
    /** How far back a pronoun looks for the person it refers to. */
    private static final int MAX_CONTEXT = 3000;

    private final String text;
    private final NameIndex names;
    private final List<int[]> paragraphs;

    Attributor(String text, NameIndex names, List<int[]> paragraphs) {
        this.text = text;
        this.names = names;
        this.paragraphs = paragraphs;
    }

    /**
     * Finds the attribution after a quote's closing mark, within its paragraph.
     *
     * @param quote the quote
     * @param previous the speaker of the quote before, for role nouns such as "the statement"
     * @return the attribution, or null if none follows
     */
    Attribution after(QuoteScanner.Found quote, Attribution previous) {
        if (quote.unclosed()) {
            return null;
        }
        int pe = paragraphs.get(quote.lastParagraph())[1];
        Matcher m = AFTER.matcher(text).region(quote.close() + 1, Math.min(pe, quote.close() + 160));
        if (!m.lookingAt()) {
            return null;
        }
        boolean inverted = m.group("verbB") != null;
        String verb = inverted ? m.group("verbB") : m.group("verbA");
        int whoStart = inverted ? m.start("whoB") : m.start("whoA");
        int whoEnd = inverted ? m.end("whoB") : m.end("whoA");
        char last = text.charAt(quote.close() - 1);
        double confidence = last == ',' || last == '?' || last == '!' || last == '—' ? 0.95 : 0.8;
        return resolve(whoStart, whoEnd, verb, "speaker:after-quote", confidence, quote.lastParagraph(), previous);
    }

    /**
     * Finds the attribution before a quote's opening mark, in the same sentence (or the end of the
     * paragraph before, when the quote opens a paragraph after a colon).
     *
     * @param quote the quote
     * @param previous the speaker of the quote before
     * @return the attribution, or null if none precedes
     */
    Attribution before(QuoteScanner.Found quote, Attribution previous) {
        int ps = paragraphs.get(quote.firstParagraph())[0];
        int from = sentenceStart(ps, quote.open());
        int paragraph = quote.firstParagraph();
        if (from == quote.open() && quote.firstParagraph() > 0 && onlySpace(ps, quote.open())) {
            int[] prev = paragraphs.get(quote.firstParagraph() - 1);
            int end = prev[1];
            while (end > prev[0] && QuoteScanner.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end > prev[0] && text.charAt(end - 1) == ':') {
                paragraph = quote.firstParagraph() - 1;
                from = sentenceStart(prev[0], end);
                return beforeIn(from, end, paragraph, previous);
            }
            return null;
        }
        return beforeIn(from, quote.open(), paragraph, previous);
    }

    private Attribution beforeIn(int from, int to, int paragraph, Attribution previous) {
        String prefix = text.substring(from, to);
        Matcher according = ACCORDING.matcher(prefix);
        if (according.find()) {
            return resolve(from + according.start("who"), from + according.end("who"), "according to",
                    "speaker:according-to", 0.9, paragraph, previous);
        }
        Matcher verbs = VERB.matcher(prefix);
        int verbStart = -1;
        int verbEnd = -1;
        while (verbs.find()) {
            if (COMPLEMENT.matcher(prefix).region(verbs.end(), prefix.length()).matches()) {
                verbStart = verbs.start();
                verbEnd = verbs.end();
                break;
            }
        }
        if (verbStart < 0) {
            return null;
        }
        String verb = prefix.substring(verbStart, verbEnd);
        boolean endsWithMark = prefix.stripTrailing().endsWith(":") || prefix.stripTrailing().endsWith(",");
        double confidence = endsWithMark ? 0.9 : 0.75;
        if (!verb.endsWith("ing")) {
            Matcher who = WHO_BEFORE_VERB.matcher(prefix.substring(0, verbStart));
            if (who.find()) {
                return resolve(from + who.start("who"), from + who.end("who"), verb, "speaker:before-quote", confidence,
                        paragraph, previous);
            }
        }
        // A participle (", telling the audience:") or a verb with no one before it: the sentence's subject.
        Matcher subject = ANY_WHO.matcher(prefix);
        while (subject.find() && subject.start() < verbStart) {
            String who = subject.group();
            if (PRONOUN.matcher(who).matches() || isDescriptor(who) || names.isPerson(who)) {
                return resolve(from + subject.start(), from + subject.end(), verb, "speaker:sentence-subject",
                        confidence - 0.1, paragraph, previous);
            }
        }
        return null;
    }

    /** Resolves the words naming a speaker to a name, or a null name where no one knowable is named. */
    private Attribution resolve(int start, int end, String verb, String method, double confidence, int paragraph,
            Attribution previous) {
        String who = text.substring(start, end);
        String cue = verb.toLowerCase(Locale.ROOT);
        String lower = who.toLowerCase(Locale.ROOT);
        if (lower.equals("she") || lower.equals("he")) {
            NameIndex.Gender gender = lower.equals("she") ? NameIndex.Gender.FEMALE : NameIndex.Gender.MALE;
            String name = byContext(start, paragraph, gender, previous);
            return new Attribution(name, start, end, cue, method + "+pronoun", name == null ? 0.5 : confidence - 0.1);
        }
        if (lower.equals("they")) {
            return new Attribution(null, start, end, cue, method + "+plural", 0.6);
        }
        if (ROLE_WORD.matcher(who).find() && (who.contains(" ") && Character.isLowerCase(who.charAt(0))
                || lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ")
                || lower.startsWith("her ") || lower.startsWith("his ") || lower.startsWith("their "))
                && isDescriptor(who)) {
            if (PLURAL_ROLE.matcher(who).find() || ANONYMOUS_ROLE.matcher(who).find()) {
                return new Attribution(null, start, end, cue, method + "+unnamed", 0.6);
            }
            if (DOCUMENT_ROLE.matcher(who).find() && !ROLE_WORD.matcher(DOCUMENT_ROLE.matcher(who).replaceAll("")).find()) {
                String name = previous == null ? null : previous.name();
                return new Attribution(name, start, end, cue, method + "+document", name == null ? 0.5 : confidence - 0.15);
            }
            NameIndex.Gender gender = FEMALE_ROLE.matcher(who).find() ? NameIndex.Gender.FEMALE
                    : MALE_ROLE.matcher(who).find() ? NameIndex.Gender.MALE : NameIndex.Gender.UNKNOWN;
            String name = byContext(start, paragraph, gender, previous);
            return new Attribution(name, start, end, cue, method + "+role", name == null ? 0.5 : confidence - 0.15);
        }
        int skip = NameIndex.leadingFunctionWords(who);
        String name = names.resolve(who);
        if (name.isEmpty() || skip >= who.length()) {
            return null;
        }
        return new Attribution(name, start + skip, end, cue, method, confidence);
    }

    private static boolean isDescriptor(String who) {
        return DESCRIPTOR_ONLY.matcher(who).matches();
    }

    /**
     * Resolves a pronoun or role noun at {@code at}: a person named earlier in the sentence, else the
     * most recently named person of that gender in this and the previous paragraphs, else the previous
     * speaker, else the person the article names most.
     */
    private String byContext(int at, int paragraph, NameIndex.Gender gender, Attribution previous) {
        int windowStart = Math.max(at - MAX_CONTEXT, paragraphs.get(Math.max(0, paragraph - WINDOW_PARAGRAPHS + 1))[0]);
        List<NameIndex.Mention> recent = names.mentions(windowStart, at);
        for (boolean strict : new boolean[] {true, false}) {
            for (int k = recent.size() - 1; k >= 0; k--) {
                String candidate = recent.get(k).name();
                if (compatible(candidate, gender, strict)) {
                    return candidate;
                }
            }
            if (previous != null && previous.name() != null && names.isPerson(previous.name())
                    && compatible(previous.name(), gender, strict)) {
                return previous.name();
            }
        }
        String topic = names.mostMentioned();
        return topic != null && compatible(topic, gender, false) ? topic : null;
    }

    /** Strictly: the person's known gender is the one wanted; loosely: or it is not known. */
    private boolean compatible(String name, NameIndex.Gender wanted, boolean strict) {
        if (wanted == NameIndex.Gender.UNKNOWN) {
            return true;
        }
        NameIndex.Gender known = names.gender(name);
        return known == wanted || !strict && known == NameIndex.Gender.UNKNOWN;
    }

    /**
     * Returns the start of the sentence containing {@code index}, not before {@code floor}, looking
     * back at most {@value #MAX_SENTENCE} chars.
     */
    int sentenceStart(int floor, int index) {
        floor = Math.max(floor, index - MAX_SENTENCE);
        for (int k = index - 1; k > floor; k--) {
            char c = text.charAt(k);
            if (QuoteScanner.isSpace(c)) {
                int j = k - 1;
                while (j > floor && QuoteMark.of(text.charAt(j)) != null || j > floor && text.charAt(j) == ')') {
                    j--;
                }
                char end = text.charAt(j);
                if (end == '.' || end == '!' || end == '?' || end == '…') {
                    return k + 1;
                }
            }
        }
        return floor;
    }

    private boolean onlySpace(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!QuoteScanner.isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
