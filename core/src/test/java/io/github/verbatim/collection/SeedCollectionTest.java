package io.github.verbatim.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.QuoteKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles across articles: the statements they share, how each outlet gave them,
 * the posts they come from, and the facts they disagree on.
 */
class SeedCollectionTest {

    private static List<Article> articles;
    private static CollectionAnalysis analysis;
    /** Seed number ("000" … "004") of each article id. */
    private static final Map<String, String> SEED = new HashMap<>();

    @BeforeAll
    static void analyzeSeeds() throws Exception {
        Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();
        articles = new ArrayList<>();
        for (Path seed : Seeds.files()) {
            Article article = verbatim.extract(seed);
            articles.add(article);
            SEED.put(article.id(), seed.getFileName().toString().substring(0, 3));
        }
        analysis = verbatim.analyze(articles);
    }

    private static QuoteCluster cluster(String start) {
        List<QuoteCluster> found = analysis.clusters().stream().filter(c -> c.text().startsWith(start)).toList();
        assertThat(found).as("clusters starting " + start).hasSize(1);
        return found.get(0);
    }

    /** Members as "seed#quote". */
    private static List<String> members(QuoteCluster cluster) {
        return cluster.members().stream().map(m -> SEED.get(m.article()) + "#" + m.quote()).toList();
    }

    private static ClusterMember member(QuoteCluster cluster, String seedAndQuote) {
        return cluster.members().stream().filter(m -> (SEED.get(m.article()) + "#" + m.quote()).equals(seedAndQuote))
                .findFirst().orElseThrow();
    }

    @Test
    void everyStatementTwoOrMoreArticlesShareIsOneClusterWithItsMembers() {
        Map<String, List<String>> shared = new TreeMap<>();
        for (QuoteCluster c : analysis.clusters()) {
            if (c.corroboration().articles() >= 2) {
                shared.put(c.text().substring(0, Math.min(20, c.text().length())), members(c));
            }
        }
        assertThat(shared).containsExactlyInAnyOrderEntriesOf(Map.of(
                "We are shocked and i", List.of("000#0", "001#0", "002#0", "002#4", "004#0", "004#1"),
                "We were never able t", List.of("000#1", "001#1", "002#5", "004#2"),
                "To our Jack—I’m so s", List.of("001#3", "002#7", "003#4", "004#5", "004#6"),
                "We are so grateful f", List.of("001#5", "002#8", "004#8", "004#9", "004#10"),
                "Driving home from th", List.of("001#4", "002#11", "003#6"),
                "My placenta sucks. I", List.of("000#4", "000#5", "003#1"),
                "It’s an IV, but inst", List.of("002#13", "002#15", "004#4"),
                "We never decide on o", List.of("002#6", "004#7"),
                "We love you, Jack", List.of("002#12", "003#5"),
                "Hello from hospital.", List.of("002#14", "004#3")));
    }

    @Test
    void theInstagramStatementInFourOutletsWithTwoPartialQuotations() {
        QuoteCluster shocked = cluster("We are shocked");
        assertThat(shocked.corroboration().outlets()).isEqualTo(4);
        assertThat(shocked.corroboration().names()).contains("Daily Mail Online", "Her View From Home", "Urban Islandz");
        assertThat(shocked.speaker()).isEqualTo("Chrissy Teigen");
        assertThat(shocked.speakers()).containsExactly(new SpeakerCount("Chrissy Teigen", 4));
        assertThat(shocked.unattributed()).isEqualTo(2);
        assertThat(member(shocked, "002#0").diff().variants()).containsExactly(Variant.SAME_WORDS);
        ClusterMember kindOfPain = member(shocked, "004#0");
        assertThat(kindOfPain.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(kindOfPain.diff().variants()).containsExactly(Variant.TRUNCATED_START, Variant.TRUNCATED_END);
        assertThat(slice(shocked.text(), kindOfPain.diff())).isEqualTo("kind of pain");
        assertThat(slice(shocked.text(), member(shocked, "004#1").diff())).isEqualTo("never felt before");
    }

    @Test
    void eachClusterIsTracedToThePostOneArticleGives() {
        QuoteCluster shocked = cluster("We are shocked");
        assertThat(shocked.sources()).singleElement().satisfies(post -> {
            assertThat(post.type()).isEqualTo(PrimarySource.Type.POST);
            assertThat(post.url()).isEqualTo("https://www.instagram.com/p/CFyWQLWpJ3u/");
            assertThat(post.via()).extracting(r -> SEED.get(r.article()), QuoteRef::quote).containsExactly(tuple("000", 0));
        });
        // Traced even for the four members from articles that gave no link.
        assertThat(shocked.earliest()).isEqualTo(new Attestation("2020-10-01T03:58:55.366Z",
                Attestation.Basis.POST_ID, "https://www.instagram.com/p/CFyWQLWpJ3u/", null));
        assertThat(cluster("We were never able").sources()).extracting(PrimarySource::url)
                .containsExactly("https://www.instagram.com/p/CFyWQLWpJ3u/");
        assertThat(cluster("My placenta sucks").sources()).extracting(PrimarySource::url)
                .containsExactly("https://www.instagram.com/p/CE2SoaIJSOY/");
        QuoteCluster driving = cluster("Driving home");
        assertThat(driving.sources()).singleElement().satisfies(tweet -> {
            assertThat(tweet.url()).isEqualTo("https://x.com/chrissyteigen");
            assertThat(tweet.platform()).isEqualTo("x");
            assertThat(tweet.postedAt()).isEqualTo("2020-10-01");
        });
        assertThat(driving.earliest().basis()).isEqualTo(Attestation.Basis.POSTED_AT);
        QuoteCluster jack = cluster("We love you, Jack");
        assertThat(jack.sources()).extracting(PrimarySource::url).containsExactly("https://x.com/johnlegend");
        assertThat(jack.speaker()).isEqualTo("John Legend");
        // No article links the letter to Jack: it is first attested by the one dated article.
        QuoteCluster toOurJack = cluster("To our Jack");
        assertThat(toOurJack.sources()).isEmpty();
        assertThat(toOurJack.earliest()).isEqualTo(new Attestation("2020-10-01", Attestation.Basis.PUBLISHED, null,
                articles.get(3).id()));
    }

    @Test
    void whatEachOutletCutOrChanged() {
        QuoteCluster iv = cluster("It’s an IV");
        assertThat(SEED.get(iv.fullest().article())).isEqualTo("004");
        DiffRun cut = member(iv, "002#15").diff().runs().get(0);
        assertThat(member(iv, "002#15").diff().variants()).containsExactly(Variant.CUT_SILENT);
        assertThat(cut.op()).isEqualTo(DiffRun.Op.REMOVED);
        assertThat(cut.fullText()).isEqualTo("walking…cooking…playing");
        assertThat(iv.text().substring(cut.full().start(), cut.full().end())).isEqualTo(cut.fullText());
        assertThat(member(iv, "002#13").diff().variants()).containsExactly(Variant.TRUNCATED_START,
                Variant.TRUNCATED_END);

        QuoteCluster grateful = cluster("We are so grateful");
        WordDiff everyday = member(grateful, "004#10").diff();
        assertThat(everyday.variants()).containsExactly(Variant.TRUNCATED_START, Variant.WORDS_CHANGED);
        assertThat(everyday.runs()).singleElement().satisfies(run -> {
            assertThat(run.fullText()).isEqualTo("every day");
            assertThat(run.memberText()).isEqualTo("everyday");
        });
        WordDiff thanks = member(grateful, "002#8").diff();
        assertThat(thanks.variants()).containsExactly(Variant.TRUNCATED_END, Variant.EXTENDS_START);
        assertThat(thanks.runs().get(0).memberText()).startsWith("Thank you to everyone");

        QuoteCluster placenta = cluster("My placenta sucks");
        assertThat(member(placenta, "000#4").diff().runs()).extracting(DiffRun::fullText, DiffRun::memberText)
                .containsExactly(tuple("pregnancies", "pregnancy"));
        assertThat(member(placenta, "000#5").diff().runs()).extracting(DiffRun::op, DiffRun::memberText)
                .containsExactly(tuple(DiffRun.Op.ADDED, "so"));

        QuoteCluster hospital = cluster("Hello from hospital");
        assertThat(hospital.members()).extracting(m -> m.diff().variants())
                .containsOnly(List.of(Variant.IDENTICAL));
    }

    @Test
    void titlesAndOtherQuotedTextDoNotCluster() {
        assertThat(analysis.clusters()).extracting(QuoteCluster::text)
                .doesNotContain("Wild", "Jack.", "Who knows about tomorrow?");
        assertThat(analysis.clusters()).flatExtracting(QuoteCluster::members).extracting(ClusterMember::kind)
                .containsOnly(QuoteKind.STATEMENT, QuoteKind.PARTIAL);
    }

    @Test
    void theAgesAndCountsTheArticlesDisagreeOn() {
        assertThat(analysis.discrepancies()).hasSize(2);
        Discrepancy age = analysis.discrepancies().get(0);
        assertThat(age.subject()).isEqualTo("Chrissy Teigen");
        assertThat(age.attribute()).isEqualTo("age");
        assertThat(age.values()).extracting(StatedValue::value).containsExactly("34", "39");
        assertThat(age.values().get(0).statements()).extracting(p -> SEED.get(p.document()), p -> p.quote().exact())
                .containsExactly(tuple("000", "Teigen, 34"), tuple("001", "Teigen, 34"), tuple("002", "Chrissy, 34"));
        assertThat(age.values().get(1).statements()).extracting(p -> SEED.get(p.document()), p -> p.quote().exact())
                .containsExactly(tuple("004", "the 39-year-old model"));
        for (StatedValue value : age.values()) {
            for (Provenance p : value.statements()) {
                Article article = articles.stream().filter(a -> a.id().equals(p.document())).findFirst().orElseThrow();
                assertThat(article.text().substring(p.position().start(), p.position().end())).isEqualTo(p.quote().exact());
            }
        }

        Discrepancy photos = analysis.discrepancies().get(1);
        assertThat(photos.subject()).isEqualTo("photos");
        assertThat(photos.attribute()).isEqualTo("count");
        assertThat(photos.values()).extracting(v -> v.value(), v -> SEED.get(v.statements().get(0).document()),
                v -> v.statements().get(0).quote().exact())
                .containsExactly(tuple("five", "002", "five black and white photos"), tuple("four", "002", "four photos"));
    }

    @Test
    void republishedArticlesCountForTheOutletTheyCameFrom() {
        assertThat(analysis.outlets()).extracting(Outlet::name, Outlet::basis).contains(
                tuple("Daily Mail Online", Outlet.Basis.REPUBLISHED_FROM),
                tuple("Her View From Home", Outlet.Basis.PUBLISHER),
                tuple("Urban Islandz", Outlet.Basis.PUBLISHER),
                tuple(articles.get(0).id(), Outlet.Basis.ARTICLE));
        assertThat(analysis.outlets()).hasSize(5);
    }

    @Test
    void theTimelineRunsFromTheFirstPostAndSaysWhatEachAdded() {
        List<TimelineEntry> timeline = analysis.timeline();
        assertThat(timeline).extracting(TimelineEntry::time).startsWith("2020-08-30T15:18:08.852Z",
                "2020-09-07T20:12:50.793Z", "2020-09-29T01:34:31.660Z", "2020-10-01T03:58:55.366Z", "2020-10-01");
        assertThat(timeline.get(1).adds()).containsExactly(cluster("My placenta sucks").id());
        assertThat(timeline.get(3).adds()).containsExactlyInAnyOrder(cluster("We are shocked").id(),
                cluster("We were never able").id());
        assertThat(timeline.get(3).articles()).containsExactly(articles.get(0).id());
        TimelineEntry dated = timeline.stream().filter(e -> e.kind() == TimelineEntry.Kind.ARTICLE).findFirst()
                .orElseThrow();
        assertThat(dated.article()).isEqualTo(articles.get(3).id());
        assertThat(dated.time()).isEqualTo("2020-10-01");
        assertThat(dated.adds()).contains(cluster("To our Jack").id());
        // The four undated articles come last, in collection order; every cluster is added once.
        assertThat(timeline.subList(timeline.size() - 4, timeline.size())).extracting(TimelineEntry::time)
                .containsOnlyNulls();
        assertThat(timeline).flatExtracting(TimelineEntry::adds).doesNotHaveDuplicates()
                .hasSize(analysis.clusters().size());
    }

    @Test
    void clusterIdsAreStableAndTheAnalysisTheSameOnEveryRun() {
        CollectionAnalysis again = new CollectionAnalyzer().analyze(articles);
        assertThat(again).isEqualTo(analysis);
        assertThat(analysis.clusters()).extracting(QuoteCluster::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("q-[0-9a-f]{16}"));
    }

    private static String slice(String text, WordDiff diff) {
        return text.substring(diff.covers().start(), diff.covers().end());
    }
}
