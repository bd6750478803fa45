package io.github.verbatim.cite;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RIS records of the seeds, one line per value whatever the text holds. */
class RisTest {

    @Test
    void aNewspaperArticleIsNewsWithItsArchiveAndAccessDate() {
        String sha = Seeds.sha256(Seeds.seed("004"));

        assertThat(Ris.record(CslJson.item(SeedArticles.seed("004")))).isEqualTo(("""
                TY  - NEWS
                ID  - urbanislandz-nd-john-%s
                TI  - John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos Amid Miscarriage
                T2  - Urban Islandz
                Y2  - 2026/11/21/
                DB  - Verbatim citation bundle
                AN  - data/originals/%s.txt
                ER  - \n""").formatted(sha.substring(0, 6), sha).replace("\n", "\r\n"));
    }

    @Test
    void aTweetIsAnInternetCommunication() {
        assertThat(Ris.record(CslJson.item(SeedArticles.johnLegendTweet()))).isEqualTo("""
                TY  - ICOMM
                ID  - johnlegend-2020-love-03ed5a
                AU  - John Legend [@johnlegend]
                TI  - We love you, Jack 🖤🖤🖤🖤🖤 https://t.co/ySFzJB5e6k
                T2  - X
                PY  - 2020
                DA  - 2020/10/01/
                UR  - https://x.com/johnlegend
                M3  - Post
                ER  - \n""".replace("\n", "\r\n"));
    }

    @Test
    void anUntitledOutletlessArticleIsAnElectronicSourceWithPersonalAuthors() {
        CslItem item = new CslItem("k", CslItem.ARTICLE_NEWSPAPER, "[Words]", null, List.of(CslName.of("Jane Doe")),
                CslDate.parse("2020-10"), null, null, null, null, null, "en");

        assertThat(Ris.record(item)).isEqualTo(
                "TY  - ELEC\r\nID  - k\r\nAU  - Doe, Jane\r\nTI  - [Words]\r\nPY  - 2020\r\nDA  - 2020/10//\r\nLA  - en\r\nER  - \r\n");
    }

    @Test
    void noValueCanEndARecordOrStartATag() {
        CslItem item = new CslItem("k", CslItem.ARTICLE_NEWSPAPER, "Title\r\nER  - \nTY  - JOUR\u2028AU  - Mallory\u0000",
                "Outlet\n\n", List.of(), null, null, null, null, null, null, null);

        String ris = Ris.record(item);

        assertThat(ris).isEqualTo("TY  - NEWS\r\nID  - k\r\nTI  - Title ER - TY - JOUR AU - Mallory\r\nT2  - Outlet\r\nER  - \r\n");
        assertThat(ris.lines().filter(l -> l.startsWith("ER  - "))).hasSize(1);
    }
}
