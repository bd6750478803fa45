package io.github.verbatim.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.verbatim.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** APA 7, MLA 9 and Chicago author-date through citeproc-java and the shipped CSL styles. */
class ReferenceFormatterTest {

    private static final String SHA4 = Seeds.sha256(Seeds.seed("004"));
    private static final String KEY4 = "urbanislandz-nd-john-" + SHA4.substring(0, 6);
    private static final String TWEET = "johnlegend-2020-love-03ed5a";

    private final List<CslItem> items = List.of(CslJson.item(SeedArticles.seed("004")),
            CslJson.item(SeedArticles.johnLegendTweet()));

    @Test
    void apa() {
        assertThat(ReferenceFormatter.of(CitationStyle.APA, items, ReferenceFormatter.Output.TEXT).bibliography())
                .containsExactly(
                        new FormattedReference(TWEET, "John Legend [@johnlegend]. (2020, October 1). We love you, Jack "
                                + "🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k [Post]. X. https://x.com/johnlegend"),
                        new FormattedReference(KEY4, "John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital "
                                + "Photos Amid Miscarriage. (n.d.). Urban Islandz. Verbatim citation bundle (data/originals/"
                                + SHA4 + ".txt)."));
    }

    @Test
    void mla() {
        assertThat(ReferenceFormatter.of(CitationStyle.MLA, items, ReferenceFormatter.Output.TEXT).bibliography())
                .extracting(FormattedReference::text).containsExactly(
                        "John Legend [@johnlegend]. “We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k.” Post. X, "
                                + "1 Oct. 2020, https://x.com/johnlegend.",
                        "“John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos amid Miscarriage.” "
                                + "Urban Islandz, Verbatim citation bundle, data/originals/" + SHA4 + ".txt. Accessed 21 Nov. 2026.");
    }

    @Test
    void chicagoAuthorDate() {
        assertThat(ReferenceFormatter.of(CitationStyle.CHICAGO, items, ReferenceFormatter.Output.TEXT).bibliography())
                .extracting(FormattedReference::text).containsExactly(
                        "John Legend [@johnlegend]. 2020. “We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k.” Post. X, "
                                + "October 1. https://x.com/johnlegend.",
                        "Urban Islandz. n.d. John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos amid "
                                + "Miscarriage. Data/originals/" + SHA4 + ".txt. Verbatim citation bundle.");
    }

    @Test
    void wordsAreCitedAsQuotedInTheWorksThatQuoteThem() {
        ReferenceFormatter apa = ReferenceFormatter.of(CitationStyle.APA, items, ReferenceFormatter.Output.TEXT);

        assertThat(apa.citation(List.of(KEY4))).isEqualTo("(“John Legend’s Wife Chrissy Teigen Shares Painful Tweet, "
                + "Hospital Photos amid Miscarriage,” n.d.)");
        assertThat(apa.quotedIn("John Legend", List.of(TWEET))).isEqualTo("(John Legend, as quoted in John Legend [@johnlegend], 2020)");
        assertThat(apa.quotedIn(null, List.of(TWEET))).isEqualTo("(as quoted in John Legend [@johnlegend], 2020)");
        assertThatThrownBy(() -> apa.citation(List.of("nobody"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void htmlEscapesEveryValueAndItalicizesWhatTheStyleItalicizes() {
        CslItem hostile = new CslItem("k", CslItem.ARTICLE_NEWSPAPER, "<script>alert(1)</script> & co", "<b>Outlet</b>",
                List.of(CslName.of("Jane <i>Doe</i>")), CslDate.parse("2020-10-01"), null,
                "https://e.com/?a=<x>&b=\"y\"", null, null, null, null);
        ReferenceFormatter apa = ReferenceFormatter.of(CitationStyle.APA, List.of(hostile), ReferenceFormatter.Output.HTML);

        assertThat(apa.bibliography()).singleElement().extracting(FormattedReference::text).isEqualTo(
                "&lt;i&gt;Doe&lt;/i&gt;, J. (2020, October 1). &lt;script&gt;alert(1)&lt;/script&gt; &amp; co. "
                        + "<span style=\"font-style: italic\">&lt;B&gt;Outlet&lt;/B&gt;</span>. "
                        + "https://e.com/?a=&lt;x&gt;&amp;b=&quot;y&quot;");
        assertThat(apa.quotedIn("<img src=x>", List.of("k"))).isEqualTo(
                "(&lt;img src=x&gt;, as quoted in &lt;i&gt;Doe&lt;/i&gt;, 2020)");
    }

    @Test
    void anEmptySetFormatsToNothingAndDuplicateKeysAreRefused() {
        assertThat(ReferenceFormatter.of(CitationStyle.MLA, List.of(), ReferenceFormatter.Output.TEXT).bibliography()).isEmpty();
        assertThatThrownBy(() -> ReferenceFormatter.of(CitationStyle.APA, List.of(items.get(0), items.get(0)),
                ReferenceFormatter.Output.TEXT)).isInstanceOf(IllegalArgumentException.class);
    }
}
