package io.github.verbatim.quote;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said a quote: an attribution after it ({@code ,” she said}, {@code ” wrote Teigen},
 * {@code ” Geoffrey Berman, the U.S. attorney, said}), before it ({@code Chrissy explained: “},
 * {@code She said in an Instagram Story, "}, the subject of {@code …, telling the audience: '}), or
 * the speaker of the quote it continues. Pronouns resolve to the subject of the sentences before
 * them; role nouns ({@code the spokesman}) to the person the article named in that role, or to no
 * one ({@code the source}); names to the fullest form the article uses.
 */
final class Attributor {

    private static final String NAME = "(?:(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}’'\\-.]*(?:\\s+(?:\\p{Lu}[\\p{L}’'\\-.]*|de|van|von|da|bin|al)){0,7})";
    private static final String DESCRIPTOR = "(?:(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)\\s+(?:[\\p{L}\\p{N}\\-’'.\"“”]+\\s+){0,3}?"
            + Cues.ROLE + "\\b)";
    /** "the 14th-ranked Schwartzman", "43-year-old Martin Taylor": modifiers, then a name. */
    private static final String NAMED = "(?:(?:(?:[Tt]he|[Aa]n?)\\s+)?(?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}\\-]*\\s+){1,3}\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){0,2})";
    private static final String WHO = "(?:" + DESCRIPTOR + "|" + Cues.PRONOUN + "\\b|" + NAME + "|" + NAMED + ")";
    /** An appositive between a name and its verb: ", the president of the bank,". */
    private static final String APPOSITIVE = "(?:,\\s[^,“”\"‘’:;]{1,110},)?";

    private static final Pattern AFTER = Pattern.compile("(?U)[\\s,;:.!?—–\\-]{0,4}(?:(?<whoA>" + WHO + ")" + APPOSITIVE
            + "\\s+(?:" + Cues.ADVERB + "\\s+){0,2}(?<verbA>" + Cues.VERB + ")\\b|(?<verbB>" + Cues.VERB + ")\\s+(?<whoB>" + WHO + "))");
    private static final Pattern COMPLEMENT = Pattern.compile("(?U)[^.!?\"“”]{0,90}?[:,]?\\s*");
    private static final Pattern WHO_BEFORE_VERB = Pattern.compile("(?U)(?<who>" + WHO + ")" + APPOSITIVE + "\\s+(?:"
            + Cues.ADVERB + "\\s+){0,2}$");
    private static final Pattern ANY_WHO = Pattern.compile("(?U)(?<![\\p{L}’'])" + WHO + "(?![\\p{L}])");
    private static final Pattern ACCORDING = Pattern.compile("(?U)[Aa]ccording to (?<who>" + WHO + ")\\s*,?\\s*$");
    private static final Pattern DESCRIPTOR_ONLY = Pattern.compile(DESCRIPTOR);
    private static final Pattern NAMED_ONLY = Pattern.compile(NAMED);
    private static final Pattern NAMED_TAIL = Pattern.compile("\\p{Lu}[\\p{L}’'\\-]+(?:\\s+\\p{Lu}[\\p{L}’'\\-]+){0,2}$");
    private static final Pattern PRONOUN = Pattern.compile(Cues.PRONOUN);
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b" + Cues.ROLE + "\\b");
    private static final Pattern UNNAMED_ROLE = Pattern.compile("(?i)\\b" + Cues.UNNAMED_ROLE + "\\b");
    private static final Pattern FEMALE_ROLE = Pattern.compile("(?i)\\b(?:actress|hostess|mother|mom|mum|wife|woman|girl"
            + "|spokeswoman|businesswoman|chairwoman|mother-of-\\w+)\\b");
    private static final Pattern MALE_ROLE = Pattern.compile("(?i)\\b(?:actor|father|dad|husband|man|boy|spokesman"
            + "|businessman|chairman|father-of-\\w+)\\b");
    private static final Pattern PLURAL_ROLE = Pattern.compile("(?i)\\b(?:couple|pair|duo)\\b");
    private static final Pattern DOCUMENT_ROLE = Pattern.compile("(?i)\\b(?:statement|post|caption|message|note|letter|tweet)\\b");
    private static final Pattern INDEFINITE = Pattern.compile("(?i)^(?:an?)\\s");
    private static final Pattern FIRST_PERSON_LEAD = Pattern.compile("(?U)(?i)(?:\\bI(?:['’]m| am| was)?\\s+(?:\\w+\\s+){0,3}?(?:"
            + "said|say|says|thought|think|told myself|tell myself|like|wrote|asked|replied|went|told (?:him|her|them)"
            + "|was like|remember thinking|kept thinking)\\b[^.!?]{0,40}[:,]?\\s*$"
            + "|\\bmy (?:first |initial |only )?(?:reaction|thought|response|answer|reply) was\\b[^.!?]{0,20}[:,]?\\s*$"
            + "|\\bI\\b[^.!?]{0,160}\\b(?:and|then) (?:thought|said|asked|told myself|wrote)\\s*[:,]?\\s*$)");
    private static final int WINDOW_PARAGRAPHS = 3;
    private static final int MAX_SENTENCE = 600;
    /** How far back a pronoun looks for the person it refers to. */
    private static final int MAX_CONTEXT = 3000;

    private final String text;
    private final NameIndex names;
    private final List<int[]> paragraphs;
    private final RoleIndex roles;

    Attributor(String text, NameIndex names, List<int[]> paragraphs) {
        this.text = text;
        this.names = names;
        this.paragraphs = paragraphs;
        this.roles = RoleIndex.of(text, names.mentions(0, text.length()));
    }

    /**
     * Finds the attribution after a quote's closing mark, within its paragraph. An attribution that
     * ends in a colon introduces the next quote, not this one.
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
        Matcher m = AFTER.matcher(text).region(quote.close() + 1, Math.min(pe, quote.close() + 200));
        if (!m.lookingAt()) {
            return null;
        }
        int k = m.end();
        while (k < pe && QuoteScanner.isSpace(text.charAt(k))) {
            k++;
        }
        if (k < pe && text.charAt(k) == ':') {
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
        if (from == quote.open() && quote.firstParagraph() > 0 && onlySpace(ps, quote.open())) {
            int[] prev = paragraphs.get(quote.firstParagraph() - 1);
            int end = prev[1];
            while (end > prev[0] && QuoteScanner.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end > prev[0] && text.charAt(end - 1) == ':') {
                return beforeIn(sentenceStart(prev[0], end), end, quote.firstParagraph() - 1, previous);
            }
            return null;
        }
        return beforeIn(from, quote.open(), quote.firstParagraph(), previous);
    }

    /**
     * Finds who speaks a quote nested in another: the outer speaker when the words before it say
     * "I said", "I thought", "I'm just like" — they quote themselves.
     *
     * @param outerStart char index where the outer quote's words start
     * @param innerOpen char index of the nested quote's opening mark
     * @return whether the outer speaker is quoting themselves
     */
    boolean quotesThemselves(int outerStart, int innerOpen) {
        int from = Math.max(outerStart, innerOpen - 160);
        return FIRST_PERSON_LEAD.matcher(text).region(from, innerOpen).find();
    }

    /**
     * Finds who speaks a quote nested in another from the words before it inside the outer quote,
     * when they name someone: "I then heard President Trump ask, quote, ‘…’". Pronouns there are
     * not resolved (they belong to the outer speaker's story).
     *
     * @param outerStart char index where the outer quote's words start
     * @param inner the nested quote
     * @param paragraph its paragraph
     * @return the attribution, or null
     */
    Attribution nested(int outerStart, QuoteScanner.Found inner, int paragraph) {
        int from = Math.max(outerStart, sentenceStart(outerStart, inner.open()));
        Attribution a = beforeIn(from, inner.open(), paragraph, null);
        if (a == null || a.name() == null || a.method().contains("+")) {
            return null;
        }
        return new Attribution(a.name(), a.mentionStart(), a.mentionEnd(), a.cue(), "speaker:nested-" + a.method()
                .substring("speaker:".length()), Math.max(0.5, a.confidence() - 0.2));
    }

    private Attribution beforeIn(int from, int to, int paragraph, Attribution previous) {
        String prefix = text.substring(from, to);
        Matcher according = ACCORDING.matcher(prefix);
        if (according.find()) {
            return resolve(from + according.start("who"), from + according.end("who"), "according to",
                    "speaker:according-to", 0.9, paragraph, previous);
        }
        int verbStart = -1;
        int verbEnd = -1;
        for (int k = 0; k < prefix.length() && verbStart < 0; k++) {
            if (!Character.isLetter(prefix.charAt(k)) || k > 0 && Character.isLetter(prefix.charAt(k - 1))) {
                continue;
            }
            int n = Cues.verbAt(prefix, k, prefix.length());
            if (n > 0 && COMPLEMENT.matcher(prefix).region(k + n, prefix.length()).matches()) {
                verbStart = k;
                verbEnd = k + n;
            }
        }
        boolean colon = prefix.stripTrailing().endsWith(":");
        if (verbStart < 0) {
            // "Buckley, who phoned in from the set, had a similar experience: “…”": the subject speaks.
            return colon ? subject(prefix, from, prefix.length(), null, "speaker:colon-subject", 0.6, paragraph, previous)
                    : null;
        }
        String verb = prefix.substring(verbStart, verbEnd);
        double confidence = colon || prefix.stripTrailing().endsWith(",") ? 0.9 : 0.75;
        if (!verb.endsWith("ing")) {
            Matcher who = WHO_BEFORE_VERB.matcher(prefix).region(Math.max(0, verbStart - 200), verbStart);
            if (who.find()) {
                return resolve(from + who.start("who"), from + who.end("who"), verb, "speaker:before-quote", confidence,
                        paragraph, previous);
            }
        }
        // A participle (", telling the audience:") or a verb with no one before it: the sentence's subject.
        return subject(prefix, from, verbStart, verb, "speaker:sentence-subject", confidence - 0.1, paragraph, previous);
    }

    private Attribution subject(String prefix, int from, int limit, String verb, String method, double confidence,
            int paragraph, Attribution previous) {
        Matcher subject = ANY_WHO.matcher(prefix);
        while (subject.find() && subject.start() < limit) {
            String who = subject.group();
            if (PRONOUN.matcher(who).matches() || isDescriptor(who) || names.isPerson(who)) {
                return resolve(from + subject.start(), from + subject.end(), verb, method, confidence, paragraph, previous);
            }
        }
        return null;
    }

    /** Resolves the words naming a speaker to a name, or a null name where no one knowable is named. */
    private Attribution resolve(int start, int end, String verb, String method, double confidence, int paragraph,
            Attribution previous) {
        if (end - start > 3 && text.charAt(end - 1) == '.' && text.charAt(end - 3) != ' ' && text.charAt(end - 3) != '.') {
            end--; // the sentence's full stop after "says Early.", not an initial's
        }
        String who = text.substring(start, end);
        String cue = verb == null ? null : verb.toLowerCase(Locale.ROOT);
        String lower = who.toLowerCase(Locale.ROOT);
        if (lower.equals("she") || lower.equals("he")) {
            NameIndex.Gender gender = lower.equals("she") ? NameIndex.Gender.FEMALE : NameIndex.Gender.MALE;
            String name = byContext(start, paragraph, gender, previous);
            return new Attribution(name, start, end, cue, method + "+pronoun", name == null ? 0.5 : confidence - 0.1);
        }
        if (lower.equals("they") || lower.equals("it")) {
            // An organization speaks as "they" or "it" when it is the subject just before.
            String organization = names.organizationReferent(start, 3);
            return new Attribution(organization, start, end, cue, method + (organization == null ? "+plural" : "+organization"),
                    organization == null ? 0.6 : confidence - 0.15);
        }
        if (isDescriptor(who) && ROLE_WORD.matcher(who).find()) {
            return role(who, start, end, cue, method, confidence, paragraph, previous);
        }
        if (NAMED_ONLY.matcher(who).matches() && !Character.isUpperCase(who.charAt(0))) {
            Matcher tail = NAMED_TAIL.matcher(who);
            if (tail.find()) {
                start += tail.start();
                who = tail.group();
            }
        }
        int skip = NameIndex.nameStart(who);
        String name = names.resolve(who);
        if (name.isEmpty() || skip >= who.length()) {
            return null;
        }
        return new Attribution(name, start + skip, end, cue, method, confidence);
    }

    /** A role noun: the person named in that role, the previous speaker for a document, or no one. */
    private Attribution role(String who, int start, int end, String cue, String method, double confidence, int paragraph,
            Attribution previous) {
        if (PLURAL_ROLE.matcher(who).find()) {
            return new Attribution(null, start, end, cue, method + "+plural", 0.6);
        }
        if (DOCUMENT_ROLE.matcher(who).find() && !ROLE_WORD.matcher(DOCUMENT_ROLE.matcher(who).replaceAll("")).find()) {
            String name = previous == null ? null : previous.name();
            if (name == null) {
                name = names.organizationReferent(start, 4);
            }
            return new Attribution(name, start, end, cue, method + "+document", name == null ? 0.5 : confidence - 0.15);
        }
        String roleWord = lastWord(who);
        if (Cues.ORGANIZATION_ROLES.contains(roleWord)) {
            String organization = names.lastOrganization(start, Math.max(0, start - MAX_CONTEXT));
            return new Attribution(organization, start, end, cue, method + "+organization",
                    organization == null ? 0.5 : confidence - 0.15);
        }
        Matcher unnamed = UNNAMED_ROLE.matcher(who);
        if (unnamed.find()) {
            String named = INDEFINITE.matcher(who).find() ? null : roles.named(unnamed.group().toLowerCase(Locale.ROOT), start);
            return new Attribution(named, start, end, cue, method + (named == null ? "+unnamed" : "+named-role"),
                    named == null ? 0.6 : confidence - 0.1);
        }
        NameIndex.Gender gender = FEMALE_ROLE.matcher(who).find() ? NameIndex.Gender.FEMALE
                : MALE_ROLE.matcher(who).find() ? NameIndex.Gender.MALE : NameIndex.Gender.UNKNOWN;
        String name = byContext(start, paragraph, gender, previous);
        return new Attribution(name, start, end, cue, method + "+role", name == null ? 0.5 : confidence - 0.15);
    }

    private static String lastWord(String who) {
        int space = who.lastIndexOf(' ');
        return (space < 0 ? who : who.substring(space + 1)).toLowerCase(Locale.ROOT);
    }

    private static boolean isDescriptor(String who) {
        return DESCRIPTOR_ONLY.matcher(who).matches();
    }

    /**
     * Resolves a pronoun or role noun at {@code at}: the subject of the sentences before it (see
     * {@link NameIndex#referent}), else the previous speaker, else the person the article names most.
     */
    private String byContext(int at, int paragraph, NameIndex.Gender gender, Attribution previous) {
        int floor = Math.max(at - MAX_CONTEXT, paragraphs.get(Math.max(0, paragraph - WINDOW_PARAGRAPHS + 1))[0]);
        String name = names.referent(at, gender, floor);
        if (name != null) {
            return name;
        }
        if (previous != null && previous.name() != null && names.isPerson(previous.name())
                && names.fits(previous.name(), gender, false)) {
            return previous.name();
        }
        name = names.referent(at, gender, 0, 40);
        if (name != null) {
            return name;
        }
        String topic = names.mostMentioned();
        return topic != null && names.fits(topic, gender, false) ? topic : null;
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
