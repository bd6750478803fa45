package io.github.verbatim.collection;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads facts that articles about one event tend to disagree on from an article's own prose
 * ({@link BodyText}): people's ages, counts of things, and the dates and places of births,
 * marriages, deaths and hospital stays. Rules, each named in the fact's provenance:
 *
 * <ul>
 * <li>{@code fact:age-appositive}: a name, then its age between commas or brackets
 *     ({@code Teigen, 34,}, {@code Luna Simone, 4,}, {@code Chrissy (34)}, {@code Luna, four,});</li>
 * <li>{@code fact:age-before-name}: an age before a name ({@code 4-year-old daughter Luna});</li>
 * <li>{@code fact:age-of-role}: an age given to a role ({@code the 39-year-old model},
 *     {@code The singer/activist, 41,}): the person is the one the nearest sentence before names
 *     first, the subject of what was just said;</li>
 * <li>{@code fact:count}: a number, up to three words, and a plural noun ({@code five black and
 *     white photos}, {@code four photos}), units of time and measure left out
 *     ({@code two weeks}), as are ratios ({@code 1 in 8 pregnancies});</li>
 * <li>{@code fact:event-date}, {@code fact:event-place}: {@code born}, {@code wed},
 *     {@code married}, {@code died}, {@code hospitalized}, {@code admitted}, followed in the same
 *     sentence by {@code in}/{@code on} a date, year or weekday, or {@code in}/{@code at}/{@code to}
 *     a capitalized place; the people are those named before the verb ({@code Teigen and Legend
 *     wed}), the one just named before {@code who}, or, for a pronoun, the last person of that
 *     gender ({@code she}, {@code he}) or the last pair ({@code they}, {@code the couple}) named
 *     before.</li>
 * </ul>
 */
final class FactFinder {

    static final String AGE = "age";
    static final String COUNT = "count";
    static final String DATE = "date";
    static final String PLACE = "place";

    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?: \\p{Lu}[\\p{L}\\p{M}'’\\-]*){0,3}";
    private static final String NUM = NumberWords.PATTERN;
    private static final Pattern AGE_APPOSITIVE = Pattern.compile("(" + NAME + ")(?:, (?:aged )?| \\()(" + NUM
            + ")(?=\\)|,|;|—|–|\\.(?:\\s|$)| (?:and|was|is|has|had|who|were|are)\\b|\\s*$)");
    private static final Pattern AGE_BEFORE_NAME = Pattern.compile("\\b(" + NUM
            + ")-year-old (?:[\\p{Ll}\\-]+ ){0,2}(" + NAME + ")");
    private static final Pattern AGE_OF_ROLE = Pattern.compile("\\b[Tt]he (?:(" + NUM
            + ")-year-old(?: (?!and\\b)[\\p{Ll}\\-]+)?\\b|((?:[\\p{Ll}/\\-]+ ){0,3}[\\p{Ll}/\\-]+), (" + NUM + "),)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}$£€.,/\\-])(" + NUM + ") (?=\\p{Ll})");
    private static final Pattern WORD = Pattern.compile("\\G([\\p{Ll}][\\p{Ll}\\-]*)( |(?=[^\\p{L}\\p{N}]|$))");
    private static final Pattern EVENT = Pattern.compile(
            "\\b(born|wed|married|died|hospitali[sz]ed|admitted)\\b");
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern EVENT_DATE = Pattern.compile("\\b(?:in|on) (?:(?:a|the) )?(" + MONTH
            + "(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?|\\d{4}|" + WEEKDAY + ")\\b");
    private static final Pattern EVENT_PLACE = Pattern.compile("\\b(?:in|at|to) (?:the )?(" + NAME + ")");
    private static final Pattern NAME_AFTER = Pattern.compile("\\G (?:[\\p{Ll}\\-]+ ){0,2}(" + NAME + ")");
    private static final Pattern RATIO = Pattern.compile("\\d+ (?:in|out of) $");
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|which)\\s+(?:\\w+\\s+){0,2}$");
    private static final Pattern PRONOUN = Pattern.compile("\\b(she|he|they|the couple|the pair)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_PLACE = Pattern.compile(MONTH + ".*|" + WEEKDAY + ".*|\\d.*");
    private static final Set<String> STOP = Set.of("of", "in", "to", "at", "for", "on", "by", "with", "from", "who",
            "that", "which", "were", "was", "are", "is", "have", "has", "had", "ago", "more", "less", "than", "or",
            "the", "a", "an", "as", "into", "after", "before", "about", "per", "each", "out");
    private static final Set<String> UNITS = Set.of("years", "months", "weeks", "days", "hours", "minutes", "seconds",
            "decades", "centuries", "times", "percent", "pounds", "dollars", "euros", "cents", "inches", "feet",
            "meters", "metres", "miles", "kilometers", "kilometres", "kilograms", "grams", "ounces", "degrees",
            "points", "goals", "runs", "games", "rounds", "laps", "yards", "acres", "gallons", "litres", "liters",
            "nights", "mornings", "evenings", "weekends", "seasons", "episodes", "pages", "words", "ways", "things",
            "others", "ones", "lbs", "ins", "yrs", "mins", "hrs", "kids's");
    private static final Set<String> IRREGULAR = Set.of("children", "people", "men", "women", "feet", "teeth", "mice",
            "geese");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private final PersonNames names;
    private final String agent = SoftwareAgent.of("collection");

    FactFinder(PersonNames names) {
        this.names = names;
    }

    /** Returns the facts of one article, in text order of each rule. */
    List<Fact> find(BodyText body, int articleIndex) {
        List<Fact> facts = new ArrayList<>();
        ages(body, articleIndex, facts);
        counts(body, articleIndex, facts);
        events(body, articleIndex, facts);
        return facts;
    }

    private void ages(BodyText body, int articleIndex, List<Fact> facts) {
        String text = body.masked();
        Matcher m = AGE_APPOSITIVE.matcher(text);
        while (m.find()) {
            String key = names.resolve(m.group(1), body.article());
            Integer age = NumberWords.value(m.group(2));
            if (key != null && plausibleAge(age)) {
                int start = m.start(1) + leadingSkipped(m.group(1), key);
                facts.add(age(key, age, body, articleIndex, start, m.end(2), "fact:age-appositive", 0.9));
            }
        }
        m = AGE_BEFORE_NAME.matcher(text);
        while (m.find()) {
            String key = names.resolve(m.group(2), body.article());
            Integer age = NumberWords.value(m.group(1));
            if (key != null && plausibleAge(age)) {
                facts.add(age(key, age, body, articleIndex, m.start(1), m.end(2), "fact:age-before-name", 0.85));
            }
        }
        m = AGE_OF_ROLE.matcher(text);
        while (m.find()) {
            Integer age = NumberWords.value(m.group(1) != null ? m.group(1) : m.group(3));
            if (m.group(1) != null && followedByName(text, m.end(), body)) {
                continue; // "the 4-year-old daughter Luna": the name rule has it
            }
            String key = subjectBefore(body, m.start());
            if (key != null && plausibleAge(age)) {
                facts.add(age(key, age, body, articleIndex, m.start(), m.group(1) != null ? m.end() : m.end(3),
                        "fact:age-of-role", 0.7));
            }
        }
    }

    private static int leadingSkipped(String run, String key) {
        int at = run.toLowerCase(Locale.ROOT).indexOf(key.split(" ")[0]);
        return Math.max(0, at);
    }

    private boolean followedByName(String text, int at, BodyText body) {
        Matcher m = NAME_AFTER.matcher(text).region(at, text.length());
        return m.find() && names.resolve(m.group(1), body.article()) != null;
    }

    private static boolean plausibleAge(@Nullable Integer age) {
        return age != null && age >= 1 && age <= 120;
    }

    private Fact age(String key, int age, BodyText body, int articleIndex, int start, int end, String method,
            double confidence) {
        return new Fact(key, names.display(key), AGE, null, Integer.toString(age), Integer.toString(age), articleIndex,
                provenance(body, start, end, method, confidence));
    }

    private void counts(BodyText body, int articleIndex, List<Fact> facts) {
        String text = body.masked();
        Matcher m = NUMBER.matcher(text);
        Matcher word = WORD.matcher(text);
        while (m.find()) {
            Integer n = NumberWords.value(m.group(1));
            if (n == null || n < 2 || n > 10_000 || ratio(text, m.start())) {
                continue;
            }
            int at = m.end();
            for (int k = 0; k < 4; k++) {
                word.region(at, text.length());
                if (!word.find()) {
                    break;
                }
                String w = word.group(1);
                if (STOP.contains(w)) {
                    break;
                }
                if (plural(w)) {
                    if (!UNITS.contains(w)) {
                        String singular = singular(w);
                        facts.add(new Fact(singular, w, COUNT, null, m.group(1), Integer.toString(n), articleIndex,
                                provenance(body, m.start(), word.end(1), "fact:count", 0.6)));
                    }
                    break;
                }
                at = word.end();
                if (word.group(2).isEmpty()) {
                    break;
                }
            }
        }
    }

    /** Whether the number at {@code at} is the second of a ratio ({@code 1 in 8}). */
    private static boolean ratio(String text, int at) {
        return RATIO.matcher(text).region(Math.max(0, at - 12), at).find();
    }

    private static boolean plural(String w) {
        if (IRREGULAR.contains(w)) {
            return true;
        }
        return w.length() >= 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    private static String singular(String w) {
        return switch (w) {
            case "children" -> "child";
            case "people" -> "person";
            case "men" -> "man";
            case "women" -> "woman";
            default -> w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                    : w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") ? w.substring(0, w.length() - 2)
                    : w.substring(0, w.length() - 1);
        };
    }

    private void events(BodyText body, int articleIndex, List<Fact> facts) {
        String text = body.masked();
        Matcher m = EVENT.matcher(text);
        while (m.find()) {
            int sentence = body.sentenceAt(m.start());
            if (sentence < 0) {
                continue;
            }
            int[] s = body.sentences().get(sentence);
            String event = switch (m.group(1)) {
                case "wed", "married" -> "married";
                case "born" -> "born";
                case "died" -> "died";
                default -> "hospitalized";
            };
            Set<String> people = subjectsOf(body, sentence, m.start());
            if (people.isEmpty()) {
                continue;
            }
            String key = String.join(" & ", people);
            String shown = String.join(" and ", people.stream().map(names::display).toList());
            int limit = Math.min(s[1], m.end() + 100);
            Matcher date = EVENT_DATE.matcher(text).region(m.end(), limit);
            if (date.find()) {
                facts.add(new Fact(key, shown, DATE, event, date.group(1), comparableDate(date.group(1)), articleIndex,
                        provenance(body, m.start(), date.end(1), "fact:event-date", 0.6)));
            }
            Matcher place = EVENT_PLACE.matcher(text).region(m.end(), limit);
            while (place.find()) {
                String p = place.group(1);
                if (NOT_PLACE.matcher(p).matches() || names.resolve(p, body.article()) != null) {
                    continue;
                }
                facts.add(new Fact(key, shown, PLACE, event, p, p.toLowerCase(Locale.ROOT), articleIndex,
                        provenance(body, m.start(), place.end(1), "fact:event-place", 0.6)));
                break;
            }
        }
    }

    /** Returns the people an event verb at {@code verb} is about, sorted by key. */
    private Set<String> subjectsOf(BodyText body, int sentence, int verb) {
        int[] s = body.sentences().get(sentence);
        List<PersonNames.Mention> before = new ArrayList<>();
        for (PersonNames.Mention mention : names.mentions(body)) {
            if (mention.start() >= s[0] && mention.end() <= verb) {
                before.add(mention);
            }
        }
        String lead = body.masked().substring(s[0], verb);
        Set<String> out = new java.util.TreeSet<>();
        if (RELATIVE.matcher(lead).find()) {
            if (!before.isEmpty()) {
                out.add(before.get(before.size() - 1).key());
            }
            return out;
        }
        if (!before.isEmpty()) {
            before.forEach(mention -> out.add(mention.key()));
            return out;
        }
        Matcher pronoun = PRONOUN.matcher(lead);
        String found = null;
        while (pronoun.find()) {
            found = pronoun.group(1).toLowerCase(Locale.ROOT);
        }
        if (found == null) {
            return out;
        }
        if (found.equals("she") || found.equals("he")) {
            PersonNames.Gender want = found.equals("she") ? PersonNames.Gender.FEMALE : PersonNames.Gender.MALE;
            String key = lastOfGender(body, sentence, want);
            if (key != null) {
                out.add(key);
            }
        } else {
            out.addAll(lastPair(body, sentence));
        }
        return out;
    }

    private @Nullable String lastOfGender(BodyText body, int sentence, PersonNames.Gender want) {
        List<PersonNames.Mention> all = names.mentions(body);
        int from = body.sentences().get(Math.max(0, sentence - 6))[0];
        int to = body.sentences().get(sentence)[0];
        for (int k = all.size() - 1; k >= 0; k--) {
            PersonNames.Mention mention = all.get(k);
            if (mention.start() < to && mention.start() >= from && names.gender(mention.key()) == want) {
                return mention.key();
            }
        }
        return null;
    }

    private Set<String> lastPair(BodyText body, int sentence) {
        for (int k = sentence - 1; k >= Math.max(0, sentence - 6); k--) {
            int[] s = body.sentences().get(k);
            Set<String> people = new java.util.TreeSet<>();
            for (PersonNames.Mention mention : names.mentions(body)) {
                if (mention.start() >= s[0] && mention.end() <= s[1]) {
                    people.add(mention.key());
                }
            }
            if (people.size() >= 2) {
                return people;
            }
        }
        return Set.of();
    }

    /**
     * The person the sentence at {@code at} is about when it names a role, not a person: the
     * person named last before it in its own sentence, else the first person named in the
     * nearest sentence before that names anyone.
     */
    private @Nullable String subjectBefore(BodyText body, int at) {
        int sentence = body.sentenceAt(at);
        if (sentence < 0) {
            return null;
        }
        List<PersonNames.Mention> all = names.mentions(body);
        String sameSentence = null;
        for (PersonNames.Mention mention : all) {
            if (mention.start() >= body.sentences().get(sentence)[0] && mention.end() <= at) {
                sameSentence = mention.key();
            }
        }
        if (sameSentence != null) {
            return sameSentence;
        }
        for (int k = sentence - 1; k >= Math.max(0, sentence - 6); k--) {
            int[] s = body.sentences().get(k);
            for (PersonNames.Mention mention : all) {
                if (mention.start() >= s[0] && mention.end() <= s[1]) {
                    return mention.key();
                }
            }
        }
        return null;
    }

    /** A date as compared: year, month, day and weekday, each {@code ?} where not given. */
    static String comparableDate(String date) {
        String lower = date.toLowerCase(Locale.ROOT).replace(",", "");
        String year = "?";
        String month = "?";
        String day = "?";
        String weekday = "?";
        for (String part : lower.split(" ")) {
            if (part.matches("\\d{4}")) {
                year = part;
            } else if (part.matches("\\d{1,2}(?:st|nd|rd|th)?")) {
                day = part.replaceAll("\\D", "");
            } else if (MONTHS.contains(part)) {
                month = Integer.toString(MONTHS.indexOf(part) + 1);
            } else if (WEEKDAYS.contains(part)) {
                weekday = part;
            }
        }
        return year + "-" + month + "-" + day + "-" + weekday;
    }

    private Provenance provenance(BodyText body, int start, int end, String method, double confidence) {
        return body.normalized().provenance(body.article().id(), body.codePoint(start), body.codePoint(end), method,
                agent, confidence);
    }
}
