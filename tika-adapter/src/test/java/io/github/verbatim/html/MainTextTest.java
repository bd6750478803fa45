package io.github.verbatim.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.verbatim.model.Span;
import io.github.verbatim.read.Document;
import io.github.verbatim.read.ReadException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class MainTextTest {

    private static final String BODY = """
            <p>The Harbour Bridge reopened on Monday, two years after a ship struck one of its piers.</p>
            <figure><img src="bridge.jpg" alt="The bridge"><figcaption>The bridge at dawn on Monday.</figcaption></figure>
            <p>“We never gave up,” said the mayor, Ada Stone, as the first cars crossed.
              Engineers had rebuilt the pier from the seabed up.</p>
            <div class="ad-slot"><p>Advertisement</p></div>
            <h2>What changed</h2>
            <p>The new pier stands on twelve piles instead of eight, and a fender now guards it.</p>
            <ul><li>Two lanes in each direction</li><li>A cycle path on the east side</li></ul>
            <blockquote><p>It is stronger than it was in 1932.</p></blockquote>
            <p>Tolls will stay at their old level until the end of the year, the council said.</p>
            """;

    @TempDir
    Path dir;

    @Test
    void keepsTheWholeBodyAndLeavesOutThePagesFurniture() throws Exception {
        Document doc = Pages.read(dir, Pages.article("<title>Bridge</title>", BODY));

        assertThat(Pages.paragraphs(doc)).containsExactly(
                "The Harbour Bridge reopened on Monday, two years after a ship struck one of its piers.",
                "The bridge at dawn on Monday.",
                "“We never gave up,” said the mayor, Ada Stone, as the first cars crossed. Engineers had rebuilt the"
                        + " pier from the seabed up.",
                "What changed",
                "The new pier stands on twelve piles instead of eight, and a fender now guards it.",
                "Two lanes in each direction",
                "A cycle path on the east side",
                "It is stronger than it was in 1932.",
                "Tolls will stay at their old level until the end of the year, the council said.");
    }

    @Test
    void paragraphsAreSeparatedByABlankLineAndTheirSpansAreCodePoints() throws Exception {
        Document doc = Pages.read(dir, Pages.article("", """
                <p>First paragraph with an emoji 🎉 in it, long enough to count as the body of a story.</p>
                <p>Second paragraph, which also has enough words in it to be read as part of the body.</p>
                """));

        assertThat(doc.text()).isEqualTo(
                "First paragraph with an emoji 🎉 in it, long enough to count as the body of a story.\n\n"
                        + "Second paragraph, which also has enough words in it to be read as part of the body.");
        int firstEnd = doc.text().codePointCount(0, doc.text().indexOf("\n\n"));
        assertThat(doc.paragraphs()).containsExactly(new Span(0, firstEnd),
                new Span(firstEnd + 2, doc.text().codePointCount(0, doc.text().length())));
    }

    @Test
    void aLineBreakEndsALineAndTwoEndAParagraph() throws Exception {
        Document doc = Pages.read(dir, "<html><body><div class=\"story\">"
                + "Roses are red,<br>violets are blue, the poem began, and the class went quiet at once.<br><br>"
                + "Then the teacher asked who had written it, and nobody in the room said a single word.</div>"
                + "</body></html>");

        assertThat(Pages.paragraphs(doc)).containsExactly(
                "Roses are red,\nviolets are blue, the poem began, and the class went quiet at once.",
                "Then the teacher asked who had written it, and nobody in the room said a single word.");
    }

    @Test
    void quoteMarksStayAsOnThePage() throws Exception {
        Document doc = Pages.read(dir, Pages.article("", """
                <p>« Nous avons gagné », a-t-elle dit, et la salle a applaudi pendant de longues minutes.</p>
                <p>„Wir haben gewonnen“, sagte sie, und der Saal applaudierte minutenlang und sehr laut.</p>
                <p>「勝ちました」と彼女は言い、会場は長い間拍手に包まれた。それは本当に素晴らしい瞬間だった。</p>
                <p>'We won,' she said, and "nobody" expected it, least of all the players on the other team.</p>
                """));

        assertThat(Pages.paragraphs(doc)).containsExactly(
                "« Nous avons gagné », a-t-elle dit, et la salle a applaudi pendant de longues minutes.",
                "„Wir haben gewonnen“, sagte sie, und der Saal applaudierte minutenlang und sehr laut.",
                "「勝ちました」と彼女は言い、会場は長い間拍手に包まれた。それは本当に素晴らしい瞬間だった。",
                "'We won,' she said, and \"nobody\" expected it, least of all the players on the other team.");
    }

    @Test
    void aBodySplitIntoColumnsByAnAdIsTakenWhole() throws Exception {
        Document doc = Pages.read(dir, """
                <html><body><div class="page">
                <div class="col"><div class="story-part"><p>%s</p><p>%s</p></div></div>
                <div class="ad-wrapper"><a href="https://ads.example/">Buy now</a></div>
                <div class="col"><div class="story-part"><p>%s</p><p>%s</p></div></div>
                <div class="sidebar"><ul><li><a href="/1">Most read story one</a></li><li><a href="/2">Two</a></li></ul></div>
                </div></body></html>
                """.formatted(sentence(1), sentence(2), sentence(3), sentence(4)));

        assertThat(Pages.paragraphs(doc)).containsExactly(sentence(1), sentence(2), sentence(3), sentence(4));
    }

    @Test
    void theJsonLdBodyPointsToTheArticleAmongLongTeasers() throws Exception {
        String body = (sentence(1) + " " + sentence(2) + " ").repeat(5).strip();
        StringBuilder teasers = new StringBuilder();
        for (int i = 10; i < 16; i++) {
            teasers.append("<div class=\"card\"><p>").append(sentence(i)).append("</p></div>");
        }
        Document doc = Pages.read(dir, """
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H",
                 "articleBody": "%s"}
                </script></head><body>
                <div class="x1"><p>%s</p><p>%s</p></div>
                <div class="x2">%s</div>
                </body></html>
                """.formatted(body, sentence(1), sentence(2), teasers));

        assertThat(Pages.paragraphs(doc)).containsExactly(sentence(1), sentence(2));
    }

    @Test
    void hiddenElementsAreNotText() throws Exception {
        Document doc = Pages.read(dir, Pages.article("", """
                <p>%s</p>
                <p style="display: none">Hidden by style, never shown to a reader of the page at all.</p>
                <p hidden>Hidden by attribute, never shown to a reader of the page at all.</p>
                <p aria-hidden="true">Hidden from assistive technology, and decorative at best.</p>
                <span class="sr-only">Opens in a new window</span>
                <p>%s</p>
                """.formatted(sentence(1), sentence(2))));

        assertThat(Pages.paragraphs(doc)).containsExactly(sentence(1), sentence(2));
    }

    @Test
    void preformattedTextKeepsItsSpaces() throws Exception {
        Document doc = Pages.read(dir, Pages.article("", """
                <p>%s</p>
                <pre>if (x) {
                    return  y;
                }</pre>
                """.formatted(sentence(1))));

        assertThat(Pages.paragraphs(doc)).containsExactly(sentence(1), "if (x) {\n    return  y;\n}");
    }

    @Test
    void aTableRowIsOneParagraph() throws Exception {
        Document doc = Pages.read(dir, Pages.article("", """
                <p>%s</p>
                <table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>
                <tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>
                """.formatted(sentence(1))));

        assertThat(Pages.paragraphs(doc)).containsExactly(sentence(1), "Pos. Driver Points", "1 Kyle Busch 5040");
    }

    @Test
    void classHintsOnTheBodysOwnAncestorsDoNotLoseIt() throws Exception {
        // "comments" on the wrapper would make it furniture; the body is found again without hints.
        Document doc = Pages.read(dir, """
                <html><body><div class="post has-comments"><div class="inner">
                <p>%s</p><p>%s</p><p>%s</p></div></div></body></html>
                """.formatted(sentence(1), sentence(2), sentence(3)));

        assertThat(Pages.paragraphs(doc)).containsExactly(sentence(1), sentence(2), sentence(3));
    }

    @Test
    void aPageWithOnlyAFewWordsKeepsThem() throws Exception {
        Document doc = Pages.read(dir, "<html><body><p>Closed today</p></body></html>");

        assertThat(doc.text()).isEqualTo("Closed today");
    }

    @Test
    void aPageWithoutTextIsAReadException() throws Exception {
        assertThatThrownBy(() -> Pages.read(dir, "<html><head><title>T</title></head><body><img src=a.png>"
                + "<script>var x = 'not text';</script></body></html>"))
                .isInstanceOf(ReadException.class)
                .hasMessageMatching("inputs/page\\.html: no text found in the page \\(\\d+ bytes of text/html\\)");
    }

    @Test
    void articlesInOtherScriptsAreFound() throws Exception {
        List<String> japanese = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            japanese.add("東京で開かれた会議では、新しい橋の建設について長い議論が続いた。参加者の多くは計画に賛成した" + i + "。");
        }
        Document doc = Pages.read(dir, Pages.article("", "<p>" + String.join("</p><p>", japanese) + "</p>"));

        assertThat(Pages.paragraphs(doc)).containsExactlyElementsOf(japanese);
    }

    @Test
    void articlesNestedInTheArticleAreRelatedStoriesNotBody() throws Exception {
        Document doc = Pages.read(dir, """
                <html><body><article class="post"><h1>Only those who love</h1><p>%s %s</p>
                <h3>You may also like</h3>
                <article class="post"><h2><a href="/a">Optimism</a></h2><p>%s</p></article>
                <article class="post"><h2><a href="/b">Faith</a></h2><p>%s</p></article>
                </article></body></html>
                """.formatted(sentence(1), sentence(2), sentence(3), sentence(4)));

        assertThat(Pages.paragraphs(doc)).containsExactly(sentence(1) + " " + sentence(2));
    }

    @Test
    void aLeadParagraphBesideTheBodyJoinsItAndDateLinesDoNot() throws Exception {
        Document doc = Pages.read(dir, """
                <html><body><div class="story">
                <div class="when">Updated 11:21 pm CST, Tuesday, November 19, 2019</div>
                <p>%s</p>
                <div class="rest"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>
                </div></body></html>
                """.formatted(sentence(1), sentence(2), sentence(3), sentence(4), sentence(5)));

        assertThat(Pages.paragraphs(doc)).containsExactly(sentence(1), sentence(2), sentence(3), sentence(4),
                sentence(5));
    }

    static String sentence(int i) {
        return "Paragraph " + i + " of the story tells what happened next, with enough words, commas, and detail"
                + " to read as prose.";
    }
}
