package io.github.verbatim.collection;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.SocialPost;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The people a collection names, found in its articles' prose and as its quotations' speakers and
 * posts' authors, so that a fact about {@code Teigen} in one article and about
 * {@code Chrissy Teigen} in another is about one person.
 *
 * <p>A person's full name is a speaker's or post author's name, or a run of two to four
 * capitalized words in the prose that holds no function word, title, month, weekday, or word of
 * an organization or place ({@code Medical Center}, {@code Los Angeles}, {@code Billboard Music
 * Awards}). A single capitalized word names the one person whose full name holds it, in the same
 * article if one there does, else in the collection; otherwise it names no one. A person's gender
 * is read from the subject pronouns ({@code she}, {@code he}) of sentences that name them alone
 * and from a role word just before their name ({@code wife Chrissy Teigen}), and used only to
 * resolve {@code she} and {@code he}.
 */
final class PersonNames {

    /** A person named in an article's prose. */
    record Mention(String key, int start, int end) {
    }

    /** Which pronouns stand for a person, as far as the collection says. */
    enum Gender { FEMALE, MALE, UNKNOWN }

    private static final Pattern RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?: \\p{Lu}[\\p{L}\\p{M}'’\\-]*){0,3}");
    private static final Pattern FEMALE = Pattern.compile("\\b(?:she|herself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MALE = Pattern.compile("\\b(?:he|himself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FEMALE_ROLE = Pattern.compile("\\b(?:wife|mother|daughter|sister|actress|hostess|"
            + "girlfriend|mrs|ms|queen|princess|woman)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MALE_ROLE = Pattern.compile("\\b(?:husband|father|son|brother|actor|boyfriend|mr|"
            + "king|prince|man)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> LEADING = Set.of("the", "a", "an", "in", "on", "at", "as", "but", "and", "or",
            "if", "when", "while", "during", "after", "before", "earlier", "later", "still", "sadly", "despite", "this",
            "that", "these", "those", "her", "his", "their", "our", "my", "your", "its", "it", "they", "she", "he", "we",
            "i", "you", "from", "for", "with", "over", "under", "just", "prior", "shortly", "many", "some", "not", "no",
            "nonetheless", "however", "though", "although", "even", "following", "then", "so", "since", "now", "today",
            "yesterday", "also", "both", "every", "each", "dear", "according", "like", "mr", "mrs", "ms", "dr",
            "president", "senator", "sen", "gov", "governor", "judge", "hostess", "host", "wife", "husband", "mother",
            "father", "daughter", "son", "singer", "model", "star", "actress", "actor", "here", "there", "what", "why",
            "how", "who", "where", "all", "one", "two", "three", "more", "most", "first", "last", "another", "other",
            "days", "weeks", "months", "years", "never", "always", "losing", "talking", "read", "check", "join",
            "find", "see", "sending", "related");
    private static final Set<String> NOT_PEOPLE = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "sept", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "center", "centre", "medical", "hospital", "university",
            "college", "school", "institute", "foundation", "association", "alliance", "awards", "music", "records",
            "productions", "online", "news", "times", "post", "mail", "magazine", "journal", "daily", "weekly", "network",
            "channel", "show", "company", "inc", "corp", "group", "club", "team", "party", "council", "department",
            "ministry", "agency", "service", "services", "court", "house", "senate", "congress", "street", "road",
            "avenue", "city", "county", "state", "states", "republic", "kingdom", "island", "islands", "beach", "park",
            "los", "las", "san", "santa", "new", "north", "south", "east", "west", "fort", "mount", "lake", "river",
            "home", "view", "of", "the", "and", "for", "to", "from", "in", "on", "at", "instagram", "twitter",
            "facebook", "tiktok", "youtube", "story", "stories", "billboard", "church", "god", "world", "national",
            "international", "american", "british", "united", "nations", "commission", "office", "police", "army");

    private final Map<String, Map<String, Integer>> forms = new HashMap<>();
    private final Set<String> fullNames = new HashSet<>();
    /** For each word of a full name, the full names holding it. */
    private final Map<String, Set<String>> byWord = new HashMap<>();
    private final Map<Article, Set<String>> inArticle = new IdentityHashMap<>();
    private final Map<String, int[]> genderVotes = new HashMap<>();
    private final Map<BodyText, List<Mention>> mentions = new IdentityHashMap<>();

    private PersonNames() {
    }

    /** Finds the people the articles name. */
    static PersonNames of(List<BodyText> bodies) {
        PersonNames names = new PersonNames();
        for (BodyText body : bodies) {
            Set<String> here = names.inArticle.computeIfAbsent(body.article(), a -> new HashSet<>());
            for (Quote q : body.article().quotes()) {
                if (q.speaker() != null) {
                    names.addFull(q.speaker().name(), here, true);
                }
            }
            for (SocialPost p : body.article().socialPosts()) {
                if (p.authorName() != null) {
                    names.addFull(p.authorName(), here, true);
                }
            }
            Matcher m = RUN.matcher(body.masked());
            while (m.find()) {
                List<String> words = words(m.group());
                if (words.size() >= 2 && isPersonLike(words)) {
                    names.addFull(String.join(" ", words), here, false);
                }
            }
        }
        for (BodyText body : bodies) {
            names.voteGenders(body);
        }
        return names;
    }

    private void addFull(String name, Set<String> here, boolean given) {
        List<String> words = words(name);
        if (words.isEmpty() || !given && words.size() < 2) {
            return;
        }
        String key = key(words);
        if (fullNames.add(key)) {
            for (String w : key.split(" ")) {
                byWord.computeIfAbsent(w, x -> new java.util.TreeSet<>()).add(key);
            }
        }
        forms.computeIfAbsent(key, k -> new HashMap<>()).merge(String.join(" ", words), 1, Integer::sum);
        here.add(key);
    }

    /** Returns the people named in an article's prose, in text order. */
    List<Mention> mentions(BodyText body) {
        return mentions.computeIfAbsent(body, this::find);
    }

    private List<Mention> find(BodyText body) {
        List<Mention> out = new ArrayList<>();
        Matcher m = RUN.matcher(body.masked());
        while (m.find()) {
            String key = resolve(m.group(), body.article());
            if (key != null) {
                out.add(new Mention(key, m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * Returns the key of the person a run of capitalized words names in an article, or null.
     */
    @Nullable String resolve(String run, Article article) {
        List<String> words = words(run);
        if (words.isEmpty() || !isPersonLike(words)) {
            return null;
        }
        String key = key(words);
        if (fullNames.contains(key)) {
            return key;
        }
        if (words.size() > 1) {
            return null;
        }
        Set<String> holding = byWord.getOrDefault(key, Set.of());
        Set<String> here = inArticle.getOrDefault(article, Set.of());
        String found = null;
        int inHere = 0;
        for (String name : holding) {
            if (here.contains(name)) {
                found = name;
                inHere++;
            }
        }
        if (inHere == 1) {
            return found;
        }
        return inHere == 0 && holding.size() == 1 ? holding.iterator().next() : null;
    }

    /** Returns the name as the collection writes it most often. */
    String display(String key) {
        Map<String, Integer> f = forms.getOrDefault(key, Map.of());
        String best = key;
        int count = -1;
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(f).entrySet()) {
            boolean capitalized = Character.isUpperCase(e.getKey().charAt(0));
            int score = e.getValue() * 2 + (capitalized ? 1 : 0);
            if (score > count) {
                count = score;
                best = e.getKey();
            }
        }
        return best;
    }

    Gender gender(String key) {
        int[] v = genderVotes.get(key);
        if (v == null || v[0] == v[1]) {
            return Gender.UNKNOWN;
        }
        return v[0] > v[1] ? Gender.FEMALE : Gender.MALE;
    }

    private void voteGenders(BodyText body) {
        List<Mention> all = mentions(body);
        int k = 0;
        for (int[] s : body.sentences()) {
            Set<String> people = new HashSet<>();
            while (k < all.size() && all.get(k).start() < s[1]) {
                if (all.get(k).start() >= s[0]) {
                    people.add(all.get(k).key());
                }
                k++;
            }
            if (people.size() != 1) {
                continue;
            }
            String sentence = body.masked().substring(s[0], s[1]);
            int[] v = genderVotes.computeIfAbsent(people.iterator().next(), x -> new int[2]);
            v[0] += count(FEMALE, sentence);
            v[1] += count(MALE, sentence);
        }
        // A role word just before a name says it outright: "wife Chrissy Teigen", "husband John".
        for (Mention mention : all) {
            String before = body.masked().substring(Math.max(0, mention.start() - 12), mention.start());
            int[] v = genderVotes.computeIfAbsent(mention.key(), x -> new int[2]);
            if (FEMALE_ROLE.matcher(before).find()) {
                v[0] += 3;
            } else if (MALE_ROLE.matcher(before).find()) {
                v[1] += 3;
            }
        }
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean isPersonLike(List<String> words) {
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (NOT_PEOPLE.contains(lower) || w.length() < 2 || w.chars().noneMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** The words of a name: leading function words and titles dropped, a final possessive removed. */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (out.isEmpty() && LEADING.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
                continue;
            }
            out.add(w);
        }
        if (!out.isEmpty()) {
            String last = out.get(out.size() - 1);
            if (last.endsWith("’s") || last.endsWith("'s")) {
                out.set(out.size() - 1, last.substring(0, last.length() - 2));
            } else if (last.endsWith("’") || last.endsWith("'")) {
                out.set(out.size() - 1, last.substring(0, last.length() - 1));
            }
        }
        return out;
    }

    private static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }
}
