package io.github.verbatim.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article names, found without a model: runs of capitalized words, less titles,
 * sentence-initial function words and the words of places, organizations, platforms and dates.
 * A surname or first name alone ({@code Teigen}, {@code Chrissy}) resolves to the full name the
 * article uses most ({@code Chrissy Teigen}); each person's gender is read from the pronouns that
 * follow them in sentences where no one else is named.
 */
final class NameIndex {

    /** What the article's pronouns say of a person. */
    enum Gender { FEMALE, MALE, UNKNOWN }

    /**
     * One mention of a person.
     *
     * @param name the resolved full name
     * @param start char index of the mention
     * @param end char index after it
     */
    record Mention(String name, int start, int end) {
    }

    static final Pattern NAME_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}’'])(?:\\p{Lu}[\\p{L}’'\\-]*\\.?)(?:[ \\u00A0](?:\\p{Lu}[\\p{L}’'\\-]*\\.?|(?:de|van|von|der|da|di|del|bin|al|la|le)(?=[ \\u00A0]\\p{Lu}))){0,4}");
    private static final Pattern POSSESSIVE_S = Pattern.compile("[’']s$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’')]*\\s+");
    private static final Pattern FEMALE = Pattern.compile("\\b(?:she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MALE = Pattern.compile("\\b(?:he|him|his|himself)\\b", Pattern.CASE_INSENSITIVE);

    /** Capitalized words that start sentences or stand before names without being names. */
    private static final Set<String> FUNCTION = Set.copyOf(List.of("The", "A", "An", "In", "On", "At", "As", "And", "But",
            "Or", "If", "When", "While", "After", "Before", "During", "Since", "Though", "Although", "Despite", "From",
            "For", "With", "Without", "Her", "His", "Their", "Our", "My", "Your", "Its", "She", "He", "They", "We",
            "I", "It", "This", "That", "These", "Those", "There", "Here", "Then", "Now", "So", "Just", "Also",
            "Still", "Even", "Over", "Under", "Earlier", "Later", "Last", "Next", "Some", "Many", "Most", "All",
            "Both", "Each", "Every", "Other", "Another", "According", "Meanwhile", "However", "Instead", "Sadly",
            "Thankfully", "Dear", "To", "Of", "By", "Not", "No", "Yes", "What", "Why", "How", "Who", "Where",
            "Which", "Like", "Unlike", "Love", "Sending", "Thank", "Thanks", "Please", "Hello", "Hi", "Oh", "Well",
            "Everytime", "Anyways", "Whew", "Words", "Loving", "Heartbreaking", "Driving", "Talking", "Shortly",
            "Days", "Weeks", "Months", "Years", "Prior", "Though", "Hostess", "Host", "President", "Senator",
            "Sen.", "Rep.", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Prof.", "Professor",
            "Judge", "Governor", "Gov.", "Mayor", "Prince", "Princess", "Queen", "King", "Lady", "Sir", "Dame",
            "Pope", "Chef", "Officer", "Detective", "Sgt.", "Captain", "Capt.", "Gen.", "General", "Coach",
            "Singer", "Rapper", "Actress", "Actor", "Model", "Star", "Hostess", "Comedian", "Author", "Chairman",
            "Chairwoman", "Chancellor", "Minister", "Secretary", "Speaker", "Leader", "Chief", "Director", "CEO",
            "RELATED", "Source", "Powerful", "Raw", "Tragedy", "Behind", "Read", "Click", "Watch", "See", "Check",
            "Join", "Follow", "Sign", "Subscribe", "Share", "Let", "Stay"));

    /** Words that make a run of capitals a place, organization, platform, event or date. */
    private static final Set<String> NOT_PEOPLE = Set.copyOf(List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "Instagram", "Twitter", "Facebook", "TikTok", "YouTube",
            "Snapchat", "Threads", "Bluesky", "Mastodon", "Story", "Stories", "Awards", "Award", "Music", "Billboard",
            "Center", "Centre", "Medical", "Online", "News", "Daily", "Mail", "Times", "Magazine", "Hospital",
            "University", "College", "School", "Street", "Avenue", "Road", "City", "County", "State", "States",
            "Company", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Group", "Council", "Party", "Department",
            "Ministry", "Office", "Association", "Foundation", "Institute", "Alliance", "Club", "Show", "Festival",
            "Day", "Week", "Year", "IVF", "NHS", "BBC", "CNN", "ABC", "NBC", "CBS", "FBI", "TV", "Choices",
            "International", "Stillbirth", "Los", "Angeles", "New", "York", "London", "Washington", "America",
            "American", "British", "Britain", "England", "United", "Kingdom", "Court", "House", "Senate", "Congress",
            "Parliament", "Government", "Police", "Church", "Museum", "Library", "Airport", "Station", "Park",
            "Bank", "Fund", "Agency", "Commission", "Committee", "Board", "Union", "Federation", "League", "Cup",
            "Championship", "Series", "Film", "Movie", "Album", "Records", "Studios", "Network", "Channel",
            "Journal", "Post", "Herald", "Tribune", "Gazette", "Press", "Reuters", "Associated", "Christmas",
            "Easter", "Covid", "COVID", "Coronavirus", "Italy",
            "Europe", "Africa", "Asia", "China", "Russia", "India", "Canada", "Australia", "France", "Germany",
            "Spain", "Japan", "Mexico", "Brazil", "Ireland", "Scotland", "Wales", "California", "Texas", "Florida"));

    private final String text;
    private final Map<String, Integer> fullNameCounts = new LinkedHashMap<>();
    private final Map<String, Integer> firstSeen = new HashMap<>();
    private final Map<String, String> resolved = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();

    private NameIndex(String text) {
        this.text = text;
    }

    /**
     * Indexes the people named in the paragraphs.
     *
     * @param text the article text
     * @param paragraphs char ranges of the body paragraphs
     * @param quoted char ranges of quoted words, whose pronouns speak of others and are not counted
     * @return the index
     */
    static NameIndex of(String text, List<int[]> paragraphs, List<int[]> quotedRanges) {
        NameIndex index = new NameIndex(text);
        List<int[]> quoted = merge(quotedRanges);
        List<int[]> runs = new ArrayList<>();
        for (int[] p : paragraphs) {
            Matcher m = NAME_RUN.matcher(text).region(p[0], p[1]);
            while (m.find()) {
                int[] run = index.clean(m.start(), m.end());
                if (run != null) {
                    runs.add(run);
                    String name = text.substring(run[0], run[1]);
                    if (name.indexOf(' ') > 0 && isPersonLike(name)) {
                        index.fullNameCounts.merge(name, 1, Integer::sum);
                        index.firstSeen.putIfAbsent(name, run[0]);
                    }
                }
            }
        }
        for (int[] run : runs) {
            String name = index.resolve(text.substring(run[0], run[1]));
            if (index.fullNameCounts.containsKey(name) && !inside(quoted, run[0])) {
                // A name inside quoted words is the speaker's topic, not the article's: not a mention.
                index.mentions.add(new Mention(name, run[0], run[1]));
            }
        }
        index.readGenders(paragraphs, quoted);
        return index;
    }

    /** Whether {@code at} lies in one of the disjoint, sorted ranges. */
    private static boolean inside(List<int[]> ranges, int at) {
        int lo = 0;
        int hi = ranges.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid)[0] <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && at < ranges.get(lo - 1)[1];
    }

    /** Merges ranges into disjoint ones, sorted by start. */
    private static List<int[]> merge(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged;
    }

    /** Returns the full name a mention stands for: itself, or the article's most used name containing it. */
    String resolve(String mention) {
        String name = strip(mention);
        return resolved.computeIfAbsent(name, this::lookUp);
    }

    /** Returns whether a mention is a person's name, as far as this index can tell. */
    boolean isPerson(String mention) {
        String name = resolve(mention);
        return fullNameCounts.containsKey(name);
    }

    /** Returns the char index of the first mention of a full name, or -1. */
    int firstMention(String fullName) {
        return firstSeen.getOrDefault(fullName, -1);
    }

    /** Returns what the article's pronouns say of a person. */
    Gender gender(String fullName) {
        return genders.getOrDefault(fullName, Gender.UNKNOWN);
    }

    /** Returns the person mentions in {@code [from, to)}, in text order. */
    List<Mention> mentions(int from, int to) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Mention> found = new ArrayList<>();
        for (int k = lo; k < mentions.size() && mentions.get(k).start() < to; k++) {
            if (mentions.get(k).end() <= to) {
                found.add(mentions.get(k));
            }
        }
        return found;
    }

    /** Returns the person the article names most, or null if it names none. */
    String mostMentioned() {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            counts.merge(m.name(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private String lookUp(String name) {
        if (name.isEmpty()) {
            return name;
        }
        String best = null;
        int bestCount = 0;
        String[] tokens = name.split(" ");
        for (Map.Entry<String, Integer> e : fullNameCounts.entrySet()) {
            String full = e.getKey();
            if (full.equals(name) || !containsTokens(full, tokens)) {
                continue;
            }
            if (e.getValue() > bestCount) {
                best = full;
                bestCount = e.getValue();
            }
        }
        return best != null ? best : name;
    }

    private static boolean containsTokens(String full, String[] tokens) {
        String[] parts = full.split(" ");
        if (tokens.length >= parts.length) {
            return false;
        }
        // The mention's tokens stand at the start or the end of the full name.
        boolean atStart = true;
        boolean atEnd = true;
        for (int i = 0; i < tokens.length; i++) {
            atStart &= parts[i].equals(tokens[i]);
            atEnd &= parts[parts.length - tokens.length + i].equals(tokens[i]);
        }
        return atStart || atEnd;
    }

    /** Trims function words and titles from a run of capitals; returns its char range, or null. */
    private int[] clean(int start, int end) {
        int s = start;
        int e = end;
        while (s < e) {
            int space = text.indexOf(' ', s);
            int wordEnd = space < 0 || space > e ? e : space;
            if (!FUNCTION.contains(text.substring(s, wordEnd)) || wordEnd == e) {
                if (FUNCTION.contains(text.substring(s, wordEnd))) {
                    return null;
                }
                break;
            }
            s = wordEnd + 1;
        }
        // Possessive and trailing full stop are not part of the name.
        if (e - s > 2 && (text.startsWith("’s", e - 2) || text.startsWith("'s", e - 2))) {
            e -= 2;
        } else if (e - s > 1 && (text.charAt(e - 1) == '’' || text.charAt(e - 1) == '\'')) {
            e -= 1;
        }
        if (e > s && text.charAt(e - 1) == '.' && !(e - s == 2 || text.charAt(e - 3) == ' ')) {
            e -= 1;
        }
        return e > s ? new int[] {s, e} : null;
    }

    /** Returns how many chars of function words and titles ("As ", "The ", "Hostess ") start a mention. */
    static int leadingFunctionWords(String mention) {
        int at = 0;
        while (true) {
            int space = mention.indexOf(' ', at);
            if (space < 0 || !FUNCTION.contains(mention.substring(at, space))) {
                return at;
            }
            at = space + 1;
        }
    }

    private static String strip(String mention) {
        String name = POSSESSIVE_S.matcher(mention.strip()).replaceAll("");
        while (true) {
            int space = name.indexOf(' ');
            if (space < 0 || !FUNCTION.contains(name.substring(0, space))) {
                return name;
            }
            name = name.substring(space + 1);
        }
    }

    private static boolean isPersonLike(String name) {
        String[] tokens = name.split(" ");
        if (tokens.length > 4) {
            return false;
        }
        for (String token : tokens) {
            if (NOT_PEOPLE.contains(token) || FUNCTION.contains(token) || token.length() > 1
                    && token.equals(token.toUpperCase(Locale.ROOT)) && !token.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private void readGenders(List<int[]> paragraphs, List<int[]> quoted) {
        char[] masked = text.toCharArray();
        for (int[] q : quoted) {
            java.util.Arrays.fill(masked, q[0], q[1], ' ');
        }
        String unquoted = new String(masked);
        Map<String, int[]> counts = new HashMap<>();
        for (int[] p : paragraphs) {
            List<int[]> sentences = sentences(p[0], p[1]);
            String carried = null;
            for (int[] sentence : sentences) {
                List<Mention> inside = mentions(sentence[0], sentence[1]);
                String only = null;
                boolean several = false;
                for (Mention m : inside) {
                    if (only == null) {
                        only = m.name();
                    } else if (!only.equals(m.name())) {
                        several = true;
                    }
                }
                String subject = several ? null : only != null ? only : carried;
                if (subject != null) {
                    int from = only != null ? inside.get(0).end() : sentence[0];
                    String after = unquoted.substring(from, sentence[1]);
                    int[] c = counts.computeIfAbsent(subject, k -> new int[2]);
                    c[0] += count(FEMALE, after);
                    c[1] += count(MALE, after);
                }
                carried = only != null && !several ? only : null;
            }
        }
        counts.forEach((name, c) -> genders.put(name, c[0] > c[1] ? Gender.FEMALE : c[1] > c[0] ? Gender.MALE : Gender.UNKNOWN));
    }

    private List<int[]> sentences(int start, int end) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text).region(start, end);
        int from = start;
        while (m.find()) {
            out.add(new int[] {from, m.end()});
            from = m.end();
        }
        if (from < end) {
            out.add(new int[] {from, end});
        }
        return out;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
