package io.github.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quotations and speakers in the seed corpus, with their exact words and offsets. */
class QuoteExtractorTest {

    private static final Map<String, Article> SEEDS = new TreeMap<>();

    @BeforeAll
    static void readSeeds() throws Exception {
        Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();
        for (String n : List.of("000", "001", "002", "003", "004")) {
            SEEDS.put(n, verbatim.extract(Seeds.seed(n)));
        }
    }

    @Test
    void everyQuoteIsTheTextAtItsOffsets() {
        SEEDS.forEach((n, article) -> {
            for (Quote q : flatten(article.quotes())) {
                var p = q.provenance().position();
                String text = article.text();
                int start = text.offsetByCodePoints(0, p.start());
                int end = text.offsetByCodePoints(0, p.end());
                assertThat(text.substring(start, end)).as(n).isEqualTo(q.text()).isEqualTo(q.provenance().quote().exact());
                if (q.speaker() != null) {
                    var m = q.speaker().mention().position();
                    assertThat(text.substring(text.offsetByCodePoints(0, m.start()), text.offsetByCodePoints(0, m.end())))
                            .isEqualTo(q.speaker().mention().quote().exact());
                }
            }
        });
    }

    @Test
    void appositiveAfterTheQuoteNamesTheSpeaker() {
        Quote q = quote("000", "We are shocked");
        assertQuote("000", q, "We are shocked and in the kind of deep pain you only hear about, the kind of pain we’ve never"
                + " felt before,", QuoteKind.STATEMENT, "Chrissy Teigen", "Teigen", "wrote");
        // The surname resolves to the full name the article uses, and says where that name stands.
        assertThat(q.speaker().resolvedFrom().quote().exact()).isEqualTo("Chrissy Teigen");
        assertThat(q.speaker().resolvedFrom().position().start()).isZero();
        // The next paragraph, a quote with no attribution of its own, continues the same speaker.
        Quote next = quote("000", "We were never able");
        assertThat(next.speaker().name()).isEqualTo("Chrissy Teigen");
        assertThat(next.speaker().mention().method()).isEqualTo("speaker:continuation");
    }

    @Test
    void titlesAreNotStatements() {
        assertQuote("000", quote("000", "Wild"), "Wild", QuoteKind.TITLE, null, null, null);
        assertQuote("003", quote("003", "Wild"), "Wild", QuoteKind.TITLE, null, null, null);
        assertQuote("001", quote("001", "Jack."), "Jack.", QuoteKind.TITLE, null, null, null);
    }

    @Test
    void partialQuotesInsideSentences() {
        assertThat(quote("000", "high risk").kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(quote("003", "super weak.").kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(quote("003", "excessive bleeding,").kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(quote("002", "serious bed rest").kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(quote("002", "devastating").kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(quote("004", "kind of pain").kind()).isEqualTo(QuoteKind.PARTIAL);
    }

    @Test
    void roleNounsAndPronounsResolveToThePerson() {
        assertQuote("001", quote("001", "We are shocked"), "We are shocked and in the kind of deep pain you only hear about,"
                + " the kind of pain we’ve never felt before,", QuoteKind.STATEMENT, "Chrissy Teigen", "the model", "shared");
        assertQuote("003", quote("003", "To our Jack"), null, QuoteKind.STATEMENT, "Chrissy Teigen", "she", "wrote");
        assertQuote("002", quote("002", "The Cravings", "We are shocked"), null, QuoteKind.STATEMENT, "Chrissy Teigen",
                "The Cravings cookbook author", "revealed");
        assertQuote("004", quote("004", "We were never"), null, QuoteKind.STATEMENT, "Chrissy Teigen", "Chrissy", "explains");
    }

    @Test
    void britishQuotingWithApostrophesPossessivesAndMultiParagraphQuotes() {
        Quote q = quote("002", "We never decide");
        assertThat(q.text()).isEqualTo("We never decide on our babies' names until the last possible moment after they're"
                + " born, just before we leave the hospital. But we, for some reason, had started to call this little guy in"
                + " my belly Jack. So he will always be Jack to us.\n\n'Jack worked so hard to be a part of our little family,"
                + " and he will be, forever,");
        assertThat(q.provenance().method()).isEqualTo("quote:marks+multi-paragraph");
        assertThat(q.speaker().name()).isEqualTo("Chrissy Teigen");
        assertThat(q.cue()).isEqualTo("continued");
    }

    @Test
    void speakerAcrossAColonIsTheSentenceSubject() {
        Quote q = quote("002", "He and Chrissy");
        assertThat(q.text()).startsWith("He and Chrissy just have this warm way").endsWith("possibly my favorite of the night,");
        assertThat(q.speaker().name()).isEqualTo("Kelly Clarkson");
        assertThat(q.speaker().mention().quote().exact()).isEqualTo("Kelly Clarkson");
        assertThat(q.cue()).isEqualTo("telling");
    }

    @Test
    void anUnclosedQuoteEndsAtItsParagraph() {
        Quote q = quote("002", "The Cravings", "We are shocked");
        assertThat(q.text()).isEqualTo("We are shocked and in the kind of deep pain you only hear about, the kind of pain"
                + " we've never felt before.");
        assertThat(q.provenance().method()).isEqualTo("quote:marks+unclosed");
    }

    @Test
    void organizationsSpeakToo() {
        Quote q = quote("002", "A blood transfusion is when");
        assertThat(q.speaker().name()).isEqualTo("NHS");
        assertThat(q.speaker().mention().quote().exact()).isEqualTo("NHS");
        assertThat(q.cue()).isEqualTo("writes");
        assertThat(q.text()).endsWith("(such as red blood cells, plasma or cells called platelets)");
    }

    @Test
    void nestedQuotesAreKeptInsideTheirQuote() {
        Quote outer = quote("002", "It's kind of crazy");
        assertThat(outer.speaker().name()).isEqualTo("Chrissy Teigen");
        assertThat(outer.nested()).singleElement().satisfies(inner -> {
            assertThat(inner.text()).isEqualTo("So, when are the kids coming?");
            assertThat(inner.speaker()).isNull();
        });
        Quote shared = quote("002", "So anytime");
        assertThat(shared.nested()).extracting(Quote::text).containsExactly("One day you're going to ask that to the wrong"
                + " girl who is really struggling and it's going to be really hurtful to them and I hate that. Stop asking me.");
    }

    @Test
    void lyricsAreOtherText() {
        assertThat(quote("002", "Who knows about tomorrow?").kind()).isEqualTo(QuoteKind.OTHER);
        assertThat(quote("002", "Who knows about tomorrow? We").kind()).isEqualTo(QuoteKind.OTHER);
    }

    @Test
    void channels() {
        assertThat(quote("003", "My placenta sucks").channel()).isEqualTo("instagram-story");
        assertThat(quote("003", "To our Jack").channel()).isEqualTo("instagram-post");
        assertThat(quote("002", "We are shocked").channel()).isEqualTo("instagram-post");
        assertThat(quote("002", "You just look").channel()).isEqualTo("interview:The Cut");
        assertThat(quote("002", "I will say honestly").channel()).isEqualTo("tv:FABLife");
        assertThat(quote("000", "Baby cannot do it").channel()).isEqualTo("tweet");
    }

    @Test
    void statementAsSubjectTakesTheSpeakerOfTheWordsBefore() {
        Quote q = quote("004", "But everyday");
        assertThat(q.cue()).isEqualTo("concluded");
        assertThat(q.speaker().mention().quote().exact()).isEqualTo("the statement");
        assertThat(q.speaker().name()).isEqualTo("Chrissy Teigen");
    }

    @Test
    void statementsLinkToThePostNextToThem() {
        assertThat(quote("000", "We are shocked").socialPost()).isEqualTo("https://www.instagram.com/p/CFyWQLWpJ3u/");
        assertThat(quote("000", "It’s always been").socialPost()).isEqualTo("https://www.instagram.com/p/CE2SoaIJSOY/");
        // A tweet is not the Instagram post beside it; titles and partial quotes come from no post.
        assertThat(quote("000", "Baby cannot do it").socialPost()).isNull();
        assertThat(quote("000", "Wild").socialPost()).isNull();
        assertThat(quote("000", "high risk").socialPost()).isNull();
    }

    @Test
    void aTweetLeftAsTextIsAStatementByTheAccountHolder() {
        List<Quote> tweets = SEEDS.get("003").quotes().stream()
                .filter(q -> q.provenance().method().equals("quote:post-embed")).toList();
        assertThat(tweets).hasSize(25);
        assertThat(tweets).allSatisfy(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.STATEMENT);
            assertThat(q.channel()).isEqualTo("tweet");
            assertThat(q.socialPost()).startsWith("https://x.com/");
        });
        Quote legend = tweets.get(0);
        assertThat(legend.text()).isEqualTo("We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k");
        assertThat(legend.speaker().name()).isEqualTo("John Legend");
        assertThat(legend.speaker().mention().quote().exact()).isEqualTo("John Legend");
        assertThat(legend.socialPost()).isEqualTo("https://x.com/johnlegend");
        // A display name written in lower case is the article's person all the same.
        assertThat(tweets.get(1).speaker().name()).isEqualTo("Chrissy Teigen");
        assertThat(tweets.get(1).speaker().mention().quote().exact()).isEqualTo("chrissy teigen");
        // Quotations inside a tweet are nested in it.
        Quote lethal = tweets.stream().filter(q -> q.speaker().name().startsWith("Mac Lethal")).findFirst().orElseThrow();
        assertThat(lethal.nested()).extracting(Quote::text).containsExactly("Why did she photograph herself grieving?",
                "Oh no. That’s terrible. She lost her child.");
    }

    private static Quote quote(String seed, String start) {
        return quote(seed, "", start);
    }

    /** The first quote of a seed, after {@code after} in its text, whose words start with {@code start}. */
    private static Quote quote(String seed, String after, String start) {
        Article article = SEEDS.get(seed);
        int from = article.text().codePointCount(0, article.text().indexOf(after));
        return flatten(article.quotes()).stream()
                .filter(q -> q.text().startsWith(start) && q.provenance().position().start() >= from)
                .findFirst().orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + seed));
    }

    private static void assertQuote(String seed, Quote q, String text, QuoteKind kind, String speaker, String mention,
            String cue) {
        String article = SEEDS.get(seed).text();
        if (text != null) {
            assertThat(q.text()).isEqualTo(text);
            int at = article.indexOf(text);
            assertThat(q.provenance().position().start()).isEqualTo(article.codePointCount(0, at));
            assertThat(q.provenance().position().end()).isEqualTo(article.codePointCount(0, at + text.length()));
        }
        assertThat(q.kind()).isEqualTo(kind);
        if (speaker == null) {
            assertThat(q.speaker()).isNull();
        } else {
            assertThat(q.speaker().name()).isEqualTo(speaker);
            assertThat(q.speaker().mention().quote().exact()).isEqualTo(mention);
        }
        assertThat(q.cue()).isEqualTo(cue);
    }

    private static List<Quote> flatten(List<Quote> quotes) {
        List<Quote> all = new ArrayList<>();
        for (Quote q : quotes) {
            all.add(q);
            all.addAll(flatten(q.nested()));
        }
        return all;
    }
}
