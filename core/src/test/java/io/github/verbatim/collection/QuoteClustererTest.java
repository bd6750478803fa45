package io.github.verbatim.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each kind of variant an outlet makes joins its statement; statements that only share words stay apart. */
class QuoteClustererTest {

    private static final String SHOCKED = "We are shocked and in the kind of deep pain you only hear about, the kind "
            + "of pain we’ve never felt before. We were never able to stop the bleeding and give our baby the fluids "
            + "he needed.";
    private static final String GRATEFUL = "We are so grateful for the life we have, for our wonderful babies Luna "
            + "and Miles. But every day can’t be full of sunshine. On this darkest of days, we will grieve, we will "
            + "cry our eyes out.";

    private final QuoteClusterer clusterer = new QuoteClusterer();

    private QuoteClusters cluster(String... texts) {
        return clusterer.cluster(IntStream.range(0, texts.length)
                .mapToObj(i -> new QuoteText(texts[i], "Chrissy Teigen")).toList());
    }

    private static void assertOneCluster(QuoteClusters clusters) {
        assertThat(clusters.clusterCount()).as("clusters").isEqualTo(1);
    }

    @Test
    void sameWordsOnceCaseMarksDashesSpacingAndPunctuationAreSetAside() {
        QuoteClusters clusters = cluster(
                "We are shocked — and in the kind of pain we’ve never felt before.",
                "we are shocked - and in the kind of pain we've never  felt before",
                "WE ARE SHOCKED AND IN THE KIND OF PAIN WEVE NEVER FELT BEFORE!!");
        assertOneCluster(clusters);
        assertThat(clusters.diff(0).variants()).containsExactly(Variant.IDENTICAL);
        assertThat(clusters.diff(1).variants()).containsExactly(Variant.SAME_WORDS);
        assertThat(clusters.diff(1).runs()).isEmpty();
        assertThat(clusters.diff(2).variants()).containsExactly(Variant.SAME_WORDS);
    }

    @Test
    void truncatedAtEitherEnd() {
        QuoteClusters clusters = cluster(SHOCKED,
                "We are shocked and in the kind of deep pain you only hear about,",
                "the kind of pain we’ve never felt before. We were never able to stop the bleeding");
        assertOneCluster(clusters);
        assertThat(clusters.fullest(0)).isZero();
        WordDiff end = clusters.diff(1);
        assertThat(end.variants()).containsExactly(Variant.TRUNCATED_END);
        assertThat(end.covers()).isEqualTo(new Span(0, 63));
        assertThat(end.runs()).isEmpty();
        assertThat(clusters.diff(2).variants()).containsExactly(Variant.TRUNCATED_START, Variant.TRUNCATED_END);
    }

    @Test
    void cutWithAnEllipsisOrSilently() {
        QuoteClusters clusters = cluster(SHOCKED,
                "We are shocked and in the kind of deep pain … we were never able to stop the bleeding and give our "
                        + "baby the fluids he needed.",
                "We are shocked and in the kind of deep pain you only hear about. We were never able to stop the "
                        + "bleeding and give our baby the fluids he needed.");
        assertOneCluster(clusters);
        WordDiff marked = clusters.diff(1);
        assertThat(marked.variants()).containsExactly(Variant.CUT_ELLIPSIS);
        assertThat(marked.runs()).singleElement().satisfies(run -> {
            assertThat(run.op()).isEqualTo(DiffRun.Op.REMOVED);
            assertThat(run.fullText()).isEqualTo("you only hear about, the kind of pain we’ve never felt before");
            assertThat(run.ellipsis()).isTrue();
            assertThat(SHOCKED.substring(run.full().start(), run.full().end())).isEqualTo(run.fullText());
        });
        WordDiff silent = clusters.diff(2);
        assertThat(silent.variants()).containsExactly(Variant.CUT_SILENT);
        assertThat(silent.runs()).singleElement().satisfies(run -> {
            assertThat(run.fullText()).isEqualTo("the kind of pain we’ve never felt before");
            assertThat(run.ellipsis()).isFalse();
        });
    }

    @Test
    void aWordSpelledOrInflectedOtherwise() {
        QuoteClusters clusters = cluster(GRATEFUL,
                "But everyday can’t be full of sunshine. On this darkest of days, we will grieve, we will cry our "
                        + "eyes out.",
                "It’s always been kind of the bad part of my pregnancy with Luna. With Miles, it just stopped feeding "
                        + "him.",
                "It's always been kind of the bad part of my pregnancies with Luna.");
        assertThat(clusters.clusterCount()).isEqualTo(2);
        assertThat(clusters.clusterOf(1)).isEqualTo(clusters.clusterOf(0));
        assertThat(clusters.diff(1).variants()).containsExactly(Variant.TRUNCATED_START, Variant.WORDS_CHANGED);
        assertThat(clusters.diff(1).runs()).singleElement().satisfies(run -> {
            assertThat(run.op()).isEqualTo(DiffRun.Op.CHANGED);
            assertThat(run.fullText()).isEqualTo("every day");
            assertThat(run.memberText()).isEqualTo("everyday");
        });
        assertThat(clusters.clusterOf(3)).isEqualTo(clusters.clusterOf(2));
        assertThat(clusters.diff(3).runs()).singleElement().satisfies(run -> {
            assertThat(run.fullText()).isEqualTo("pregnancy");
            assertThat(run.memberText()).isEqualTo("pregnancies");
        });
    }

    @Test
    void aWordAddedOrANumberChangedInALongQuotation() {
        QuoteClusters clusters = cluster(
                "I was stealing all his food because I was getting huge but he wasn't getting big at all. He had to "
                        + "come out early and Luna had to come out early.",
                "I was stealing all his food because I was getting huge but he wasn't getting big at all, so he had "
                        + "to come out early and Luna had to come out early.",
                "The devastating post included five black and white photos taken at the hospital, showing her crying.",
                "The devastating post included four black and white photos taken at the hospital, showing her crying.");
        assertThat(clusters.clusterCount()).isEqualTo(2);
        // The longer is the fullest: the other leaves a word out.
        assertThat(clusters.fullest(clusters.clusterOf(0))).isEqualTo(1);
        assertThat(clusters.diff(0).variants()).containsExactly(Variant.CUT_SILENT);
        assertThat(clusters.diff(0).runs()).singleElement().satisfies(run -> assertThat(run.fullText()).isEqualTo("so"));
        QuoteClusters added = clusterer.cluster(List.of(new QuoteText("Baby and I are completely fine, just missing the "
                + "little things like walking, cooking and playing with the other kids at home.", null),
                new QuoteText("Baby and I are completely fine, just missing the little things like playing with the "
                        + "other little kids.", null)));
        assertThat(added.clusterCount()).isEqualTo(1);
        assertThat(added.diff(1).variants()).containsExactly(Variant.TRUNCATED_END, Variant.CUT_SILENT,
                Variant.WORDS_ADDED);
        assertThat(clusters.diff(3).runs()).singleElement().satisfies(run -> {
            assertThat(run.fullText()).isEqualTo("five");
            assertThat(run.memberText()).isEqualTo("four");
        });
    }

    @Test
    void aPartialQuotationJoinsTheStatementItIsPartOf() {
        List<QuoteText> quotes = List.of(new QuoteText(SHOCKED, "Chrissy Teigen"), new QuoteText("kind of pain", null),
                new QuoteText("never felt before", null), new QuoteText("fluids he needed", "Chrissy Teigen"));
        QuoteClusters clusters = clusterer.cluster(quotes);
        assertOneCluster(clusters);
        WordDiff partial = clusters.diff(1);
        assertThat(partial.variants()).containsExactly(Variant.TRUNCATED_START, Variant.TRUNCATED_END);
        assertThat(SHOCKED.substring(partial.covers().start(), partial.covers().end())).isEqualTo("kind of pain");
    }

    @Test
    void excerptsThatOverlapAreOneStatement() {
        QuoteClusters clusters = cluster(GRATEFUL,
                "Thank you to everyone who has been sending us positive energy, thoughts and prayers. We are so "
                        + "grateful for the life we have, for our wonderful babies Luna and Miles.");
        assertOneCluster(clusters);
        WordDiff diff = clusters.diff(1);
        assertThat(diff.variants()).containsExactly(Variant.TRUNCATED_END, Variant.EXTENDS_START);
        assertThat(diff.runs()).singleElement().satisfies(run -> {
            assertThat(run.op()).isEqualTo(DiffRun.Op.ADDED);
            assertThat(run.memberText()).startsWith("Thank you").endsWith("prayers");
            assertThat(run.full()).isEqualTo(new Span(0, 0));
        });
    }

    @Test
    void statementsThatOnlyShareWordsStayApart() {
        List<QuoteText> quotes = List.of(
                new QuoteText("I'm so deeply sorry to hear of this loss. My love and prayers to you, John, Luna, and "
                        + "Miles.", "Hillary Clinton"),
                new QuoteText("I am so deeply sorry.", "Jennifer Beals"),
                new QuoteText("Sending you all love. I’m so sorry.", "Patricia Arquette"),
                new QuoteText("Sending you all of the love.", "Alyssa Milano"),
                new QuoteText("I am so deeply sorry for your loss. Words can never be enough.", null),
                new QuoteText("I am so deeply sorry for your loss. We will keep you in our prayers.", null),
                new QuoteText("We are so grateful for the life we have", "Chrissy Teigen"),
                new QuoteText("We are so grateful for all the love we have received", "Chrissy Teigen"),
                new QuoteText("Thank you so much.", "John Legend"),
                new QuoteText("Thank you so much.", "Kelly Clarkson"));
        QuoteClusters clusters = clusterer.cluster(quotes);
        assertThat(clusters.clusterCount()).isEqualTo(quotes.size());
    }

    @Test
    void aShortPhraseFoundInTwoStatementsJoinsNeither() {
        QuoteClusters clusters = cluster(
                "We will always love you and we will never forget the few days we had with you here.",
                "Our fans know that we will always love you, whatever the papers write about us this week.",
                "we will always love you");
        assertThat(clusters.clusterCount()).isEqualTo(3);
    }

    @Test
    void oneStatementGivenToAnotherSpeakerStaysOneStatement() {
        String words = "We were never able to stop the bleeding and give our baby the fluids he needed, despite bags "
                + "and bags of blood transfusions.";
        QuoteClusters clusters = clusterer.cluster(List.of(new QuoteText(words, "Chrissy Teigen"),
                new QuoteText(words, "John Legend"), new QuoteText("the fluids he needed, despite bags and bags",
                        "John Legend")));
        assertThat(clusters.clusterOf(1)).isEqualTo(clusters.clusterOf(0));
        assertThat(clusters.clusterOf(2)).isNotEqualTo(clusters.clusterOf(0));
    }

    @Test
    void quotationsWithoutWordsStayAlone() {
        QuoteClusters clusters = cluster("🖤🖤🖤", "🖤🖤🖤", "…", "");
        assertThat(clusters.clusterCount()).isEqualTo(4);
        assertThat(clusters.diff(1).variants()).containsExactly(Variant.IDENTICAL);
    }

    @Test
    void theSamePartitionWhateverTheOrder() {
        List<QuoteText> quotes = new ArrayList<>();
        for (String text : List.of(SHOCKED, GRATEFUL, "kind of pain", "But everyday can’t be full of sunshine.",
                "We are shocked and in the kind of deep pain you only hear about", "our wonderful babies Luna and Miles",
                "Hello from hospital.", "hello from hospital")) {
            quotes.add(new QuoteText(text, null));
        }
        List<QuoteText> reversed = new ArrayList<>(quotes);
        java.util.Collections.reverse(reversed);
        assertThat(partition(clusterer.cluster(reversed), true)).isEqualTo(partition(clusterer.cluster(quotes), false));
    }

    private static Set<Set<String>> partition(QuoteClusters clusters, boolean reversed) {
        Set<Set<String>> out = new HashSet<>();
        for (int c = 0; c < clusters.clusterCount(); c++) {
            Set<String> members = new HashSet<>();
            for (int q : clusters.members(c)) {
                members.add(clusters.quotes().get(q).text());
            }
            out.add(members);
        }
        return out;
    }
}
