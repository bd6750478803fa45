package io.github.verbatim.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.verbatim.text.SentenceSplitter;

/**
 * The people an article names, found without a model: runs of capitalized words, less titles and
 * offices ({@code Cmdr.}, {@code White House Press Secretary}), sentence-initial function words and
 * the words of places, organizations, platforms and dates. A surname or first name alone
 * ({@code Teigen}, {@code Chrissy}) resolves to the full name the article uses most
 * ({@code Chrissy Teigen}); each person's gender is read from the pronouns that follow them in
 * sentences where no one else is named; and a pronoun resolves to the subject of the sentences
 * before it, following chains of pronouns back to a name.
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

    /** A mention of a person or an organization, or a personal pronoun, in text order. */
    private record Referrer(int start, String name, Gender pronoun, boolean organization) {
    }

    /** Capitals that are no organization. */
    private static final Set<String> NOT_ORGANIZATIONS = Set.of("I", "IVF", "TV", "DNA", "HIV", "AIDS", "CEO", "CFO",
            "USA", "US", "UK", "OK", "PM", "AM", "GMT", "UTC", "ID", "PhD", "MD", "RIP", "LOL", "OMG", "BC", "AD",
            "COVID", "SARS", "GDP", "AI", "VR", "PR", "NFL", "NBA", "MVP", "DJ", "MC", "CD", "DVD", "PC", "IT", "RSVP",
            "FAQ", "ASAP", "AKA", "VIP", "LGBT", "LGBTQ", "DM", "PS", "P.S.", "U.S.", "U.K.", "U.N.", "E.U.");

    /** Words that make a run of capitals an organization's name. */
    private static final Set<String> ORGANIZATION_WORDS = Set.of("Records", "Productions", "Entertainment", "Media",
            "Group", "Inc", "Inc.", "Corp", "Corp.", "Company", "Co.", "Ltd", "Ltd.", "LLC", "Label", "Machine",
            "Studios", "Network", "Agency", "Bank", "Council", "Committee", "Commission", "Department", "Ministry",
            "Office", "Association", "Foundation", "Institute", "Alliance", "Union", "Party", "University", "Hospital",
            "Police", "Court", "Bureau", "Service", "Services", "Authority", "Administration", "Board", "Club", "Team",
            "Church", "Organization", "Organisation", "Federation", "League", "Fund", "Trust", "Society", "Centre",
            "Center", "Labs", "Systems", "Technologies", "Airlines", "Motors", "Pharmaceuticals", "Partners",
            "Capital", "Holdings", "Industries", "Games", "Music", "Pictures", "Films", "Television", "Broadcasting",
            "Newspapers", "Publishing", "Press", "Times", "Post", "Journal", "News", "Army", "Navy", "Government",
            "Parliament", "Senate", "Congress", "House", "Kremlin", "Pentagon");

    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "da", "di", "del", "bin", "al",
            "la", "le");
    private static final Set<String> FEMALE_PRONOUNS = Set.of("she", "her", "hers", "herself");
    private static final Set<String> MALE_PRONOUNS = Set.of("he", "him", "his", "himself");
    private static final Pattern POSSESSIVE_S = Pattern.compile("[’']s$");
    private static final int MAX_SENTENCES_BACK = 8;

    /** Capitalized words that start sentences without being names. */
    private static final Set<String> FUNCTION = Set.copyOf(List.of("The", "A", "An", "In", "On", "At", "As", "And",
            "But", "Or", "If", "When", "While", "After", "Before", "During", "Since", "Though", "Although", "Despite",
            "From", "For", "With", "Without", "Her", "His", "Their", "Our", "My", "Your", "Its", "She", "He", "They",
            "We", "I", "It", "This", "That", "These", "Those", "There", "Here", "Then", "Now", "So", "Just", "Also",
            "Still", "Even", "Over", "Under", "Earlier", "Later", "Last", "Next", "Some", "Many", "Most", "All",
            "Both", "Each", "Every", "Other", "Another", "According", "Meanwhile", "However", "Instead", "Sadly",
            "Thankfully", "Dear", "To", "Of", "By", "Not", "No", "Yes", "What", "Why", "How", "Who", "Where", "Which",
            "Like", "Unlike", "Love", "Sending", "Thank", "Thanks", "Please", "Hello", "Hi", "Oh", "Well", "Everytime",
            "Anyways", "Whew", "Words", "Loving", "Heartbreaking", "Driving", "Talking", "Shortly", "Days", "Weeks",
            "Months", "Years", "Prior", "Yet", "Once", "Today", "Tonight", "Yesterday", "Tomorrow", "Already", "Among",
            "Between", "Around", "About", "Against", "Through", "Until", "Upon", "Within", "Via", "Per", "Than",
            "RELATED", "Source", "Powerful", "Raw", "Tragedy", "Behind", "Read", "Click", "Watch", "See", "Check",
            "Join", "Follow", "Sign", "Subscribe", "Share", "Let", "Stay", "Updated", "Contributing", "Photo",
            "Video", "Getty", "Images", "AP", "Reuters"));

    /** Titles that are part of how a single name is said: Prince Andrew, Pope Francis. */
    private static final Set<String> ROYAL = Set.of("Prince", "Princess", "Queen", "King", "Pope", "Emperor", "Empress",
            "Duke", "Duchess", "Sultan", "Sheikh", "Emir");

    /** Titles and offices that stand before a name without being part of it. */
    private static final Set<String> TITLES = Set.copyOf(List.of("Hostess", "Host", "President", "Vice", "Senator",
            "Sen", "Rep", "Representative", "Dr", "Mr", "Mrs", "Ms", "Mx", "Miss", "Prof", "Professor", "Judge",
            "Justice", "Governor", "Gov", "Mayor", "Prince", "Princess", "Queen", "King", "Lady", "Lord", "Sir",
            "Dame", "Pope", "Chef", "Officer", "Detective", "Det", "Sgt", "Sergeant", "Captain", "Capt", "Gen",
            "General", "Lt", "Lieutenant", "Col", "Colonel", "Maj", "Major", "Cmdr", "Commander", "Adm", "Admiral",
            "Cpl", "Corporal", "Pvt", "Private", "Coach", "Singer", "Rapper", "Actress", "Actor", "Model", "Star",
            "Comedian", "Author", "Chairman", "Chairwoman", "Chair", "Chancellor", "Minister", "Prime", "Premier",
            "Secretary", "Speaker", "Leader", "Chief", "Director", "Executive", "CEO", "CFO", "COO", "Founder",
            "Ambassador", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson", "Attorney", "Prosecutor", "Sheriff",
            "Inspector", "Superintendent", "Deputy", "Assistant", "Associate", "Special", "Agent", "Trooper",
            "Councilman", "Councilwoman", "Councillor", "Councilor", "Commissioner", "Defenseman", "Forward",
            "Goalkeeper", "Striker", "Quarterback", "Pitcher", "Manager", "Reverend", "Rev", "Father", "Sister",
            "Brother", "Rabbi", "Imam", "Bishop", "Cardinal", "Press", "Public", "Prosecution", "Former", "Acting",
            "Interim", "Senior", "Junior", "First", "Second", "Analyst", "Economist", "Researcher", "Scientist",
            "Doctor", "Nurse", "Lawyer", "Producer", "Designer", "Writer", "Editor", "Reporter", "Correspondent",
            "Anchor", "Presenter", "Principal", "Dean", "Chancellor", "Supt", "Insp"));

    /** Words that make a run of capitals a place, organization, platform, event or date. */
    private static final Set<String> NOT_PEOPLE = Set.copyOf(List.of("January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Instagram", "Twitter", "Facebook", "TikTok",
            "YouTube", "Snapchat", "Threads", "Bluesky", "Mastodon", "Story", "Stories", "Awards", "Award", "Music",
            "Billboard", "Center", "Centre", "Medical", "Online", "News", "Daily", "Mail", "Times", "Magazine",
            "Hospital", "University", "College", "School", "Street", "Avenue", "Road", "City", "County", "State",
            "States", "Company", "Inc", "Corp", "Ltd", "Group", "Council", "Party", "Department", "Ministry", "Office",
            "Association", "Foundation", "Institute", "Alliance", "Club", "Show", "Festival", "Day", "Week", "Year",
            "Choices", "International", "Angeles", "New", "United", "Kingdom", "Court", "House", "Senate", "Congress",
            "Parliament", "Government", "Police", "Church", "Museum", "Library", "Airport", "Station", "Park", "Bank",
            "Fund", "Agency", "Commission", "Committee", "Board", "Union", "Federation", "League", "Cup",
            "Championship", "Series", "Film", "Movie", "Album", "Records", "Studios", "Network", "Channel", "Journal",
            "Post", "Herald", "Tribune", "Gazette", "Reuters", "Associated", "Christmas", "Easter", "Covid",
            "Coronavirus", "Hills", "Heights", "Beach", "Valley", "Springs", "Falls", "Lake", "River", "Mountain",
            "Island", "Islands", "Bay", "Port", "Fort", "Mount", "Square", "Tower", "Hall", "Stadium", "Arena",
            "Auditorium", "Theater", "Theatre", "Tour", "Anniversary", "Pro", "Army", "Navy", "Force", "Guard",
            "Forces", "Ukraine", "Russia", "Syria", "Iran", "Iraq", "Israel", "Turkey", "Korea", "Vietnam", "Sweden",
            "Norway", "Denmark", "Poland", "Argentina", "Chile", "Kazakhstan", "China", "India", "Canada",
            "Australia", "France", "Germany", "Spain", "Japan", "Mexico", "Brazil", "Ireland", "Scotland", "Wales",
            "England", "Britain", "Italy", "Europe", "Africa", "Asia", "America", "American", "British", "Russian",
            "Ukrainian", "Chinese", "French", "German", "Swedish", "Syrian", "Iranian", "Israeli", "European",
            "Democrats", "Democratic", "Republicans", "Republican", "Pentagon", "Kremlin", "Capitol", "Hollywood",
            "Productions", "Entertainment", "Media", "Label", "Machine", "Games", "Apple", "Google", "Microsoft",
            "Amazon", "Netflix", "Stadia", "Express", "Airlines", "Motors", "Labs", "Systems", "Technologies",
            "Resolution", "Inherent", "Reserve", "Federal", "National", "Southern", "Northern", "Eastern", "Western",
            "District", "Region", "Province", "Republic"));

    private final String text;
    private final Map<String, Integer> fullNameCounts = new LinkedHashMap<>();
    private final Map<String, Integer> firstSeen = new HashMap<>();
    private final Map<String, String> resolved = new HashMap<>();
    /** {@link #resolve} by the mention as written, so that a name said often is stripped once. */
    private final Map<String, String> resolvedMentions = new HashMap<>();
    private final Map<String, Gender> genders = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Referrer> referrers = new ArrayList<>();
    private final List<Mention> organizations = new ArrayList<>();
    private final List<int[]> sentences = new ArrayList<>();
    private final Map<String, String[]> tokensOf = new HashMap<>();
    private final Map<String, List<String>> byEdgeToken = new HashMap<>();

    private NameIndex(String text) {
        this.text = text;
    }

    /**
     * Indexes the people named in the paragraphs.
     *
     * @param text the article text
     * @param paragraphs char ranges of the body paragraphs
     * @param quotedRanges char ranges of quoted words: names and pronouns there speak of others and
     *     are not the article's mentions
     * @return the index
     */
    static NameIndex of(String text, List<int[]> paragraphs, List<int[]> quotedRanges) {
        NameIndex index = new NameIndex(text);
        List<int[]> quoted = merge(quotedRanges);
        List<int[]> runs = new ArrayList<>();
        List<int[]> rawRuns = new ArrayList<>();
        for (int[] p : paragraphs) {
            for (int[] raw : nameRuns(text, p[0], p[1])) {
                rawRuns.add(raw);
                int[] run = index.clean(raw[0], raw[1]);
                if (run != null) {
                    runs.add(run);
                    String name = text.substring(run[0], run[1]);
                    if (name.indexOf(' ') > 0 && isPersonLike(name)) {
                        index.fullNameCounts.merge(name, 1, Integer::sum);
                        index.firstSeen.putIfAbsent(name, run[0]);
                    }
                }
            }
            index.sentences.addAll(index.sentencesOf(p[0], p[1]));
        }
        for (String full : index.fullNameCounts.keySet()) {
            String[] tokens = full.split(" ");
            index.tokensOf.put(full, tokens);
            index.byEdgeToken.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(full);
            if (tokens.length > 1) {
                index.byEdgeToken.computeIfAbsent(tokens[tokens.length - 1], k -> new ArrayList<>()).add(full);
            }
        }
        for (int[] run : runs) {
            String name = index.resolve(text.substring(run[0], run[1]));
            if (index.fullNameCounts.containsKey(name) && !inside(quoted, run[0])) {
                index.mentions.add(new Mention(name, run[0], run[1]));
                index.referrers.add(new Referrer(run[0], name, null, false));
            }
        }
        for (int[] raw : rawRuns) {
            boolean severalWords = text.indexOf(' ', raw[0]) >= 0 && text.indexOf(' ', raw[0]) < raw[1];
            boolean capitals = raw[1] - raw[0] >= 2 && Character.isUpperCase(text.charAt(raw[0] + 1));
            if (!severalWords && !capitals) {
                continue;
            }
            String organization = organization(text.substring(raw[0], raw[1]));
            if (organization != null && !inside(quoted, raw[0])) {
                index.organizations.add(new Mention(organization, raw[0], raw[1]));
                index.referrers.add(new Referrer(raw[0], organization, null, true));
            }
        }
        for (int[] p : paragraphs) {
            for (int k = p[0]; k < p[1]; k++) {
                Gender g = subjectPronounAt(text, k, p[1]);
                if (g != null && !inside(quoted, k)) {
                    index.referrers.add(new Referrer(k, null, g, false));
                }
            }
        }
        index.referrers.sort((a, b) -> Integer.compare(a.start(), b.start()));
        index.readGenders(paragraphs, quoted);
        return index;
    }

    /** Returns the full name a mention stands for: itself, or the article's most used name containing it. */
    String resolve(String mention) {
        String known = resolvedMentions.get(mention);
        if (known != null) {
            return known;
        }
        String name = resolved.computeIfAbsent(strip(mention), this::lookUp);
        resolvedMentions.put(mention, name);
        return name;
    }

    /** Returns the article's full name written the same but for case ("chrissy teigen"), or the name itself. */
    String sameNameAs(String name) {
        for (String full : fullNameCounts.keySet()) {
            if (full.equalsIgnoreCase(name)) {
                return full;
            }
        }
        return name;
    }

    /** Returns whether a mention is a person's name, as far as this index can tell. */
    boolean isPerson(String mention) {
        return fullNameCounts.containsKey(resolve(mention));
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
        int lo = firstAtOrAfter(from);
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

    /**
     * Returns the person a pronoun or role noun at {@code at} refers to: the subject of its own
     * sentence before it, else of the sentences before, following pronouns of the same gender back
     * to the name they stand for; a person of the wanted gender is preferred to one whose gender the
     * article does not tell.
     *
     * @param at char index of the pronoun
     * @param wanted the pronoun's gender, or unknown for a role noun
     * @param floor char index not to look before
     * @return the full name, or null if no one fits
     */
    String referent(int at, Gender wanted, int floor) {
        return referent(at, wanted, floor, MAX_SENTENCES_BACK);
    }

    /** As {@link #referent(int, Gender, int)}, looking back at most {@code back} sentences. */
    String referent(int at, Gender wanted, int floor, int back) {
        int sentence = sentenceAt(at);
        Gender chain = wanted;
        for (int k = sentence; k >= 0 && k > sentence - back; k--) {
            int from = Math.max(floor, sentences.get(k)[0]);
            int to = k == sentence ? at : sentences.get(k)[1];
            if (to <= floor) {
                break;
            }
            List<Referrer> inside = referrers(from, to);
            if (inside.isEmpty()) {
                continue;
            }
            inside = inside.stream().filter(r -> !r.organization()).toList();
            if (inside.isEmpty()) {
                continue;
            }
            Referrer subject = inside.get(0);
            if (subject.name() == null && (chain == Gender.UNKNOWN || subject.pronoun() == chain)) {
                chain = subject.pronoun();
                continue;
            }
            // The sentence's subject, unless the article says it is of the other gender; then the
            // others named in the sentence, those known to fit first.
            if (subject.name() != null && fits(subject.name(), chain, false)) {
                return subject.name();
            }
            for (boolean strict : new boolean[] {true, false}) {
                for (Referrer r : inside) {
                    if (r.name() != null && fits(r.name(), chain, strict)) {
                        return r.name();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Returns the organization that "they", "it" or "the statement" at {@code at} stands for: the
     * subject of this or the previous sentences when it is an organization; null when a person is.
     *
     * @param at char index of the pronoun
     * @param back how many sentences to look back
     * @return the organization's name, or null
     */
    String organizationReferent(int at, int back) {
        int sentence = sentenceAt(at);
        for (int k = sentence; k >= 0 && k > sentence - back; k--) {
            int to = k == sentence ? at : sentences.get(k)[1];
            List<Referrer> inside = referrers(sentences.get(k)[0], to);
            if (!inside.isEmpty()) {
                Referrer subject = inside.get(0);
                return subject.organization() ? subject.name() : null;
            }
        }
        return null;
    }

    /** Returns the organization named last before {@code at}, not before {@code floor}, or null. */
    String lastOrganization(int at, int floor) {
        String found = null;
        for (Mention m : organizations) {
            if (m.start() >= at) {
                break;
            }
            if (m.start() >= floor) {
                found = m.name();
            }
        }
        return found;
    }

    /** Whether a name is an organization's, as this index found them. */
    boolean isOrganization(String name) {
        return organizations.stream().anyMatch(m -> m.name().equals(name));
    }

    /** Returns a run of capitals as an organization's name ("Dick Clark Productions", "NHS"), or null. */
    private static String organization(String run) {
        String name = run;
        while (name.indexOf(' ') > 0 && FUNCTION.contains(name.substring(0, name.indexOf(' ')))) {
            name = name.substring(name.indexOf(' ') + 1);
        }
        name = POSSESSIVE_S.matcher(name).replaceAll("");
        if (name.endsWith(".") && name.length() > 4) {
            name = name.substring(0, name.length() - 1);
        }
        String[] tokens = name.split(" ");
        boolean acronym = tokens.length == 1 && name.length() >= 2 && name.length() <= 6
                && name.chars().allMatch(c -> Character.isUpperCase(c) || c == '.') && !NOT_ORGANIZATIONS.contains(name);
        if (acronym) {
            return name;
        }
        if (tokens.length < 2 || FUNCTION.contains(tokens[0])) {
            return null;
        }
        for (int i = 1; i < tokens.length; i++) {
            if (ORGANIZATION_WORDS.contains(tokens[i])) {
                return name;
            }
        }
        return null;
    }

    /** Strictly: the person's known gender is the one wanted; loosely: or it is not known. */
    boolean fits(String name, Gender wanted, boolean strict) {
        if (wanted == Gender.UNKNOWN) {
            return true;
        }
        Gender known = gender(name);
        return known == wanted || !strict && known == Gender.UNKNOWN;
    }

    private List<Referrer> referrers(int from, int to) {
        int lo = 0;
        int hi = referrers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (referrers.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Referrer> found = new ArrayList<>();
        for (int k = lo; k < referrers.size() && referrers.get(k).start() < to; k++) {
            found.add(referrers.get(k));
        }
        return found;
    }

    private int sentenceAt(int at) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid)[0] <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.max(0, lo - 1);
    }

    private int firstAtOrAfter(int from) {
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
        return lo;
    }

    /** A name's fullest form: the most used longer name that starts or ends with it, else itself. */
    private String lookUp(String name) {
        if (name.isEmpty()) {
            return name;
        }
        String best = null;
        int bestCount = 0;
        int bestTokens = 0;
        String[] tokens = name.split(" ");
        List<String> candidates = new ArrayList<>(byEdgeToken.getOrDefault(tokens[0], List.of()));
        candidates.addAll(byEdgeToken.getOrDefault(tokens[tokens.length - 1], List.of()));
        for (String full : candidates) {
            String[] parts = tokensOf.get(full);
            if (!containsTokens(parts, tokens)) {
                continue;
            }
            int count = fullNameCounts.get(full);
            if (count > bestCount || count == bestCount && parts.length < bestTokens) {
                best = full;
                bestCount = count;
                bestTokens = parts.length;
            }
        }
        return best != null ? best : name;
    }

    private static boolean containsTokens(String[] parts, String[] tokens) {
        if (tokens.length >= parts.length) {
            return false;
        }
        boolean atStart = true;
        boolean atEnd = true;
        for (int i = 0; i < tokens.length; i++) {
            atStart &= parts[i].equals(tokens[i]);
            atEnd &= parts[parts.length - tokens.length + i].equals(tokens[i]);
        }
        return atStart || atEnd;
    }

    /** Trims function words, titles and offices from a run of capitals; returns its char range, or null. */
    private int[] clean(int start, int end) {
        int s = start;
        int e = end;
        // Possessive and trailing full stop are not part of the name.
        if (e - s > 2 && (text.startsWith("’s", e - 2) || text.startsWith("'s", e - 2))) {
            e -= 2;
        } else if (e - s > 1 && (text.charAt(e - 1) == '’' || text.charAt(e - 1) == '\'')) {
            e -= 1;
        }
        if (e > s && text.charAt(e - 1) == '.' && !(e - s == 2 || e - s >= 3 && text.charAt(e - 3) == ' ')) {
            e -= 1;
        }
        // The name is what follows the last title, office, place or function word in the run:
        // "White House Press Secretary Stephanie Grisham" -> "Stephanie Grisham".
        int nameStart = s;
        String lastStripped = null;
        int k = s;
        while (k < e) {
            int space = text.indexOf(' ', k);
            int wordEnd = space < 0 || space > e ? e : space;
            String word = text.substring(k, wordEnd);
            if (strippable(word)) {
                nameStart = wordEnd + 1;
                lastStripped = word;
            }
            k = wordEnd + 1;
        }
        if (lastStripped != null && ROYAL.contains(lastStripped) && nameStart < e && text.indexOf(' ', nameStart) < 0
                || lastStripped != null && ROYAL.contains(lastStripped) && text.indexOf(' ', nameStart) >= e) {
            // Prince Andrew, Queen Elizabeth, Pope Francis: the title is how the name is said.
            nameStart -= lastStripped.length() + 1;
        }
        s = nameStart;
        return e > s ? new int[] {s, e} : null;
    }

    /** Returns the gender of the personal pronoun (he, him, his, she, her…) starting at k, or null. */
    private static Gender pronounAt(String s, int k, int end) {
        return pronoun(s, k, end, true);
    }

    /** Returns the gender of "he" or "she" starting at k, or null. */
    private static Gender subjectPronounAt(String s, int k, int end) {
        return pronoun(s, k, end, false);
    }

    private static Gender pronoun(String s, int k, int end, boolean allForms) {
        char c = s.charAt(k);
        if (c != 'h' && c != 'H' && c != 's' && c != 'S' || k > 0 && Character.isLetter(s.charAt(k - 1))) {
            return null;
        }
        int e = k + 1;
        while (e < end && e - k <= 7 && Character.isLetter(s.charAt(e))) {
            e++;
        }
        int n = e - k;
        if (n > 7 || e < end && Character.isLetter(s.charAt(e))) {
            return null;
        }
        if (n == 3 && s.regionMatches(true, k, "she", 0, 3)) {
            return Gender.FEMALE;
        }
        if (n == 2 && s.regionMatches(true, k, "he", 0, 2)) {
            return Gender.MALE;
        }
        if (!allForms) {
            return null;
        }
        for (String w : FEMALE_PRONOUNS) {
            if (w.length() == n && s.regionMatches(true, k, w, 0, n)) {
                return Gender.FEMALE;
            }
        }
        for (String w : MALE_PRONOUNS) {
            if (w.length() == n && s.regionMatches(true, k, w, 0, n)) {
                return Gender.MALE;
            }
        }
        return null;
    }

    /** An abbreviation: "Cmdr.", "U.S.", "NSC" — not a single initial such as "C.". */
    private static boolean abbreviation(String word) {
        int n = word.length();
        if (n < 2 || !Character.isUpperCase(word.charAt(0))
                || word.charAt(n - 1) != '.' && Character.isLowerCase(word.charAt(1))) {
            return false;
        }
        boolean allCaps = true;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                allCaps = false;
            }
        }
        if (allCaps) {
            return !(n == 2 && word.charAt(1) == '.');
        }
        return word.charAt(n - 1) == '.' && n <= 6;
    }

    /** Whether a leading word is a function word, a title or office, an abbreviation, or a place or organization word. */
    private static boolean strippable(String word) {
        String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return FUNCTION.contains(word) || TITLES.contains(bare) || NOT_PEOPLE.contains(bare)
                || abbreviation(word);
    }

    private static String strip(String mention) {
        String name = POSSESSIVE_S.matcher(mention.strip()).replaceAll("");
        int lastSpace = name.lastIndexOf(' ');
        if (name.endsWith(".") && name.length() - lastSpace > 3) {
            // A sentence's full stop, not an initial's.
            name = name.substring(0, name.length() - 1);
        }
        return name.substring(Math.min(name.length(), nameStart(name)));
    }

    /**
     * Returns where the name in a mention starts: after the last title, office, place or function
     * word ("White House Press Secretary Stephanie Grisham" → at "Stephanie"), keeping a royal style
     * before a single name ("Prince Andrew"); the mention's length if it is no name at all.
     */
    static int nameStart(String mention) {
        int start = 0;
        int at = 0;
        String lastStripped = null;
        int lastStrippedAt = 0;
        while (at < mention.length()) {
            int space = mention.indexOf(' ', at);
            int end = space < 0 ? mention.length() : space;
            String word = mention.substring(at, end);
            boolean last = space < 0;
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && Character.isLetter(word.charAt(0));
            if (strippable(word) && !(last && acronym)) {
                lastStripped = word;
                lastStrippedAt = at;
                start = end + 1;
            }
            at = end + 1;
        }
        if (start >= mention.length()) {
            return mention.length();
        }
        if (lastStripped != null && ROYAL.contains(lastStripped) && mention.indexOf(' ', start) < 0) {
            return lastStrippedAt;
        }
        return start;
    }

    private static boolean isPersonLike(String name) {
        String[] tokens = name.split(" ");
        if (tokens.length > 4) {
            return false;
        }
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            if (i == 0 && tokens.length == 2 && ROYAL.contains(token)) {
                continue;
            }
            String bare = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
            if (NOT_PEOPLE.contains(bare) || FUNCTION.contains(token) || TITLES.contains(bare)
                    || token.length() > 2 && token.equals(token.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
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

    private void readGenders(List<int[]> paragraphs, List<int[]> quoted) {
        char[] masked = text.toCharArray();
        for (int[] q : quoted) {
            Arrays.fill(masked, q[0], q[1], ' ');
        }
        String unquoted = new String(masked);
        Map<String, int[]> counts = new HashMap<>();
        Set<Integer> paragraphStarts = new java.util.HashSet<>();
        for (int[] p : paragraphs) {
            paragraphStarts.add(p[0]);
        }
        String carried = null;
        for (int[] sentence : sentences) {
            if (paragraphStarts.contains(sentence[0])) {
                carried = null;
            }
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
                int[] c = counts.computeIfAbsent(subject, k -> new int[2]);
                for (int k = from; k < sentence[1]; k++) {
                    Gender g = pronounAt(unquoted, k, sentence[1]);
                    if (g != null) {
                        c[g == Gender.FEMALE ? 0 : 1]++;
                    }
                }
            }
            carried = only != null && !several ? only : null;
        }
        counts.forEach((name, c) -> genders.put(name, c[0] > c[1] ? Gender.FEMALE : c[1] > c[0] ? Gender.MALE : Gender.UNKNOWN));
    }

    private List<int[]> sentencesOf(int start, int end) {
        return SentenceSplitter.split(text, start, end);
    }

    /** Runs of capitalized words (with name particles between them), as char ranges. */
    static List<int[]> nameRuns(String text, int start, int end) {
        List<int[]> runs = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            char prev = i > start ? text.charAt(i - 1) : ' ';
            if (!Character.isUpperCase(c) || Character.isLetterOrDigit(prev) || "’'/.@#_-=&?".indexOf(prev) >= 0) {
                i++;
                continue;
            }
            int runEnd = word(text, i, end);
            int words = 1;
            while (words < 10 && runEnd + 1 < end && (text.charAt(runEnd) == ' ' || text.charAt(runEnd) == '\u00A0')) {
                int next = runEnd + 1;
                if (Character.isUpperCase(text.charAt(next))) {
                    runEnd = word(text, next, end);
                    words++;
                    continue;
                }
                int particleEnd = next;
                while (particleEnd < end && Character.isLowerCase(text.charAt(particleEnd))) {
                    particleEnd++;
                }
                if (PARTICLES.contains(text.substring(next, particleEnd)) && particleEnd + 1 < end
                        && text.charAt(particleEnd) == ' ' && Character.isUpperCase(text.charAt(particleEnd + 1))) {
                    runEnd = word(text, particleEnd + 1, end);
                    words += 2;
                    continue;
                }
                break;
            }
            runs.add(new int[] {i, runEnd});
            i = runEnd;
        }
        return runs;
    }

    private static int word(String text, int from, int end) {
        int k = from + 1;
        while (k < end) {
            char c = text.charAt(k);
            if (Character.isLetter(c) || c == '’' || c == '\'' || c == '-' || c == '.') {
                k++;
            } else {
                break;
            }
        }
        return k;
    }
}
