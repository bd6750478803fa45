package io.github.verbatim.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words attributions are made of: reporting verbs, adverbs, role nouns, pronouns. */
final class Cues {

    /** Reporting verbs news uses, with their tenses, and the phrases that work as one. */
    static final List<String> VERBS = List.of(
            "went on to say", "went on to add", "went on to write", "went on to explain", "goes on to say",
            "goes on to add", "goes on to write", "went on", "goes on", "opened up", "pointed out", "points out",
            "said", "says", "say", "saying", "wrote", "writes", "write", "writing", "shared", "shares", "sharing",
            "tweeted", "tweets", "tweeting", "posted", "posts", "posting", "explained", "explains", "explaining",
            "added", "adds", "adding", "continued", "continues", "continuing", "told", "tells", "telling",
            "revealed", "reveals", "revealing", "concluded", "concludes", "concluding", "noted", "notes", "noting",
            "stated", "states", "stating", "asked", "asks", "asking", "replied", "replies", "replying",
            "responded", "responds", "admitted", "admits", "admitting", "insisted", "insists", "claimed", "claims",
            "announced", "announces", "declared", "declares", "recalled", "recalls", "recalling", "captioned",
            "captions", "captioning", "commented", "comments", "joked", "jokes", "joking", "quipped", "quips",
            "gushed", "gushes", "gushing", "penned", "pens", "described", "describes", "confessed", "confesses",
            "confessing", "acknowledged", "acknowledges", "argued", "argues", "warned", "warns", "warning",
            "urged", "urges", "pleaded", "pleads", "began", "begins", "wondered", "wonders", "mused", "muses",
            "sighed", "laughed", "cried", "shouted", "whispered", "exclaimed", "reflected", "reflects",
            "reflecting", "remarked", "remarks", "agreed", "agrees", "repeated", "reiterated", "emphasized",
            "emphasised", "stressed", "promised", "vowed", "boasted", "hinted", "teased", "assured", "assures",
            "reminded", "apologized", "apologised", "affirmed", "observed", "suggested", "predicted", "expressed",
            "expresses", "expressing", "recounted", "recounts", "detailed", "details", "elaborated", "clarified",
            "conceded", "countered", "testified", "testifies", "weighed in", "chimed in", "ordered", "orders",
            "yelled", "screamed", "demanded", "demands", "instructed", "read", "reads", "concurred", "contended",
            "contends", "maintained", "maintains", "alleged", "alleges", "asserted", "asserts", "advised",
            "advises", "cautioned", "cautions", "explain", "tell", "add", "ask", "note", "insist", "claim",
            "recall", "admit", "agree", "answered", "answers", "wrote back", "texted", "emailed", "messaged",
            "blogged", "lamented", "laments", "complained", "complains", "concedes", "reported", "reports",
            "confirmed", "confirms", "denied", "denies", "sings", "sang", "sing", "chanted", "chants", "chanting");

    /** {@link #VERBS} as a regular-expression alternation, longest first. */
    static final String VERB = "(?:" + String.join("|", VERBS.stream().distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")";

    private static final Map<String, List<String>> VERBS_BY_FIRST_WORD = new HashMap<>();
    /** Bit n set when some reporting verb starts with the letter 'a' + n. */
    private static final int VERB_INITIALS;
    private static final int LONGEST_VERB_WORD;

    static {
        int initials = 0;
        int longest = 0;
        for (String v : VERBS) {
            initials |= 1 << (v.charAt(0) - 'a');
            int space = v.indexOf(' ');
            longest = Math.max(longest, space < 0 ? v.length() : space);
        }
        VERB_INITIALS = initials;
        LONGEST_VERB_WORD = longest;
        for (String v : VERBS) {
            int space = v.indexOf(' ');
            VERBS_BY_FIRST_WORD.computeIfAbsent(space < 0 ? v : v.substring(0, space), k -> new ArrayList<>()).add(v);
        }
        VERBS_BY_FIRST_WORD.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** Words between a speaker and the verb that do not change who speaks. */
    static final String ADVERB = "(?:also|then|later|further|once|previously|simply|quickly|recently|again|has|had|have"
            + "|would|will|had|candidly|bluntly|tearfully|emotionally|proudly|earlier|first|finally|even|just"
            + "|herself|himself|themselves|has since|since|allegedly|reportedly|publicly|privately|angrily|softly"
            + "|quietly|flatly|simply|later|once|also later|had earlier|had previously|recently)";

    /** Nouns for a person's role, which "the …" uses in place of their name. */
    static final String ROLE = "(?:model|singer|star|actress|actor|author|writer|host|hostess|presenter|mother|mom|mum"
            + "|father|dad|wife|husband|president|spokesperson|spokesman|spokeswoman|official|minister|doctor"
            + "|expert|chef|rapper|musician|songwriter|comedian|director|producer|designer|athlete|player|coach"
            + "|personality|influencer|reality star|mother-of-(?:one|two|three|four|five)|father-of-(?:one|two|three|four|five)"
            + "|woman|man|girl|boy|teen|teenager|politician|senator|governor|mayor|lawyer|attorney|judge"
            + "|couple|pair|duo|statement|post|caption|message|note|letter|tweet|source|insider|rep|representative"
            + "|friend|pal|co-star|costar|businesswoman|businessman|entrepreneur|founder|ceo|chief|officer|witness"
            + "|resident|neighbou?r|relative|analyst|prosecutor|company|firm|group|agency|organi[sz]ation|department"
            + "|ministry|spokesman|official|commander|ambassador|envoy|secretary|leader|chairman|chairwoman|label"
            + "|studio|network|team|club|union|party|government|administration|council|committee|board|bureau"
            + "|charity|broadcaster|newspaper|outlet|publication|magazine|retailer|brand|airline|manufacturer"
            + "|maker|developer|publisher|organisers|organizers)";

    /** Roles of people an article may leave unnamed: "the source said" names no one unless the article named them in that role. */
    static final Set<String> UNNAMED_ROLES = Set.of("source", "insider", "rep", "representative", "spokesperson",
            "spokesman", "spokeswoman", "official", "witness", "resident", "neighbor", "neighbour", "relative", "friend",
            "pal", "officer", "analyst", "expert", "lawyer", "attorney", "prosecutor", "doctor", "company", "firm",
            "group", "agency", "organization", "organisation", "department", "ministry", "commander", "ambassador",
            "envoy", "secretary", "leader", "chairman", "chairwoman", "man", "woman", "girl", "boy", "teen",
            "teenager");

    /** {@link #UNNAMED_ROLES} as a regular-expression alternation, longest first. */
    static final String UNNAMED_ROLE = "(?:" + String.join("|", UNNAMED_ROLES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList())
            + ")";

    /** Nouns that stand for an organization named before: "the company said". */
    static final Set<String> ORGANIZATION_ROLES = Set.of("company", "firm", "label", "group", "agency", "organization",
            "organisation", "department", "ministry", "studio", "network", "team", "club", "union", "party",
            "government", "administration", "council", "committee", "board", "bureau", "office", "charity", "hospital",
            "university", "school", "court", "police", "campaign", "organisers", "organizers", "broadcaster", "channel",
            "newspaper", "paper", "outlet", "publication", "magazine", "site", "website", "service", "retailer",
            "chain", "brand", "airline", "manufacturer", "maker", "developer", "publisher", "platform", "app");

    /** He, she, they. */
    static final String PRONOUN = "(?:[Ss]he|[Hh]e|[Tt]hey|[Ii]t)";

    private Cues() {
    }

    /**
     * Returns the length of the reporting verb (or verb phrase) that starts at {@code i}, or -1.
     *
     * @param s the text
     * @param i the start of a word
     * @param end where to stop looking
     * @return the length in chars, or -1 if no reporting verb starts there
     */
    static int verbAt(CharSequence s, int i, int end) {
        char first = Character.toLowerCase(s.charAt(i));
        if (first < 'a' || first > 'z' || (VERB_INITIALS & (1 << (first - 'a'))) == 0) {
            return -1;
        }
        int wordEnd = i;
        while (wordEnd < end && Character.isLetter(s.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd - i < 3 || wordEnd - i > LONGEST_VERB_WORD) {
            return -1;
        }
        List<String> phrases = VERBS_BY_FIRST_WORD.get(s.subSequence(i, wordEnd).toString().toLowerCase(Locale.ROOT));
        if (phrases == null) {
            return -1;
        }
        for (String phrase : phrases) {
            int n = phrase.length();
            if (i + n <= end && phrase.contentEquals(lower(s, i, i + n)) && (i + n == end || !Character.isLetter(s.charAt(i + n)))) {
                return n;
            }
        }
        return -1;
    }

    private static String lower(CharSequence s, int from, int to) {
        return s.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
    }
}
