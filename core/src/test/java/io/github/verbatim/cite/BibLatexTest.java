package io.github.verbatim.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BibLaTeX entries of the seeds, and escaping that survives hostile text. */
class BibLatexTest {

    static final String HOSTILE = "Tom & Jerry: 100% {fun} #1_on C:\\path $5 ~x^2 -- ``a'' <<b>> ?`\n\nnext\tline\r\n"
            + "@comment{x} Ærø “quoted” 🖤\u0007";

    @Test
    void aNewspaperArticleIsAnArticleWithItsArchivedOriginalInTheAddendum() {
        String sha = Seeds.sha256(Seeds.seed("004"));

        assertThat(BibLatex.entry(CslJson.item(SeedArticles.seed("004")))).isEqualTo("""
                @article{urbanislandz-nd-john-%s,
                  title = {{John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos Amid Miscarriage}},
                  journaltitle = {Urban Islandz},
                  entrysubtype = {newspaper},
                  urldate = {2026-11-21},
                  addendum = {Archived in Verbatim citation bundle: data/originals/%s.txt},
                }
                """.formatted(sha.substring(0, 6), sha));
    }

    @Test
    void aTweetIsOnlineWithTheAccountAsOneName() {
        assertThat(BibLatex.entry(CslJson.item(SeedArticles.johnLegendTweet()))).isEqualTo("""
                @online{johnlegend-2020-love-03ed5a,
                  author = {{John Legend [@johnlegend]}},
                  title = {{We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k}},
                  organization = {X},
                  date = {2020-10-01},
                  url = {https://x.com/johnlegend},
                }
                """);
    }

    @Test
    void everyCharacterLatexGivesAMeaningIsEscapedAndLinesBecomeOne() {
        assertThat(LatexText.escape(HOSTILE)).isEqualTo("Tom \\& Jerry: 100\\% \\{fun\\} \\#1\\_on C:\\textbackslash{}path"
                + " \\$5 \\textasciitilde{}x\\textasciicircum{}2 -{}- `{}`a'{}' <{}<b>{}> ?{}` next line"
                + " @comment\\{x\\} Ærø “quoted” 🖤");
        assertThat(LatexText.escape("e\u0301")).isEqualTo("é");
    }

    @Test
    void urlsStayVerbatimButCannotUnbalanceTheField() {
        assertThat(LatexText.url("https://example.com/a_b%20c?x=1&y=2#top")).isEqualTo("https://example.com/a_b%20c?x=1&y=2#top");
        assertThat(LatexText.url("https://example.com/{x}\\ y/é\"}")).isEqualTo("https://example.com/%7Bx%7D%5C%20y/%C3%A9%22%7D");
    }

    @Test
    void namesAreFamilyCommaGivenAndBracedWhereTheyWouldSplit() {
        CslItem item = new CslItem("k", CslItem.ARTICLE_NEWSPAPER, "T", null,
                List.of(CslName.of("Jane Doe"), CslName.literal("Simon and Garfunkel"), new CslName("Smith, Jr.", "John", null),
                        CslName.of("Ann Anderson")),
                null, null, null, null, null, null, null);

        assertThat(BibLatex.entry(item)).contains(
                "author = {Doe, Jane and {Simon and Garfunkel} and {Smith, Jr.}, John and Anderson, Ann},");
    }

    @Test
    void aHostileEntryKeepsOneFieldPerLine() {
        CslItem item = new CslItem("k,}{", CslItem.ARTICLE_NEWSPAPER, HOSTILE, "Outlet}, evil = {x", List.of(),
                CslDate.parse("2020-10-01"), null, "https://e.com/}", null, null, null, null);

        assertThat(BibLatex.entry(item)).isEqualTo("""
                @article{k---,
                  title = {{%s}},
                  journaltitle = {Outlet\\}, evil = \\{x},
                  entrysubtype = {newspaper},
                  date = {2020-10-01},
                  url = {https://e.com/%%7D},
                }
                """.formatted(LatexText.escape(HOSTILE)));
    }
}
