package io.github.verbatim.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.extract.ArticleText;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import io.github.verbatim.text.ParagraphSplitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateDetectorTest {

    private static final String DOCUMENT = "sha256:" + "0".repeat(64);

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();
    private final BoilerplateDetector detector = new BoilerplateDetector();

    private List<String> boilerplate(String text) {
        NormalizedText normalized = NormalizedText.of(text);
        ArticleText article = new ArticleText(normalized, DOCUMENT, ParagraphSplitter.split(normalized, 0));
        return detector.detect(article).stream().map(article::paragraph).toList();
    }

    // --- the seed corpus --------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}: {1} body paragraphs, {2} boilerplate")
    @CsvSource({"000, 12, 0", "001, 10, 4", "002, 74, 2", "003, 34, 0", "004, 8, 0"})
    void everySeedKeepsAllItsRealParagraphs(String seed, int body, int boilerplate) throws Exception {
        Article article = verbatim.extract(Seeds.seed(seed));
        assertThat(article.paragraphs()).hasSize(body);
        assertThat(article.boilerplate()).hasSize(boilerplate);
        Set<Span> both = new HashSet<>(article.paragraphs());
        both.retainAll(article.boilerplate());
        assertThat(both).isEmpty();
        // Together they are exactly the reader's blank-line-separated blocks.
        List<Span> all = new ArrayList<>(article.paragraphs());
        all.addAll(article.boilerplate());
        all.sort(Comparator.comparingInt(Span::start));
        assertThat(all).extracting(span -> slice(article, span)).containsExactlyElementsOf(blocks(article));
    }

    @Test
    void seed001SetsApartItsRelatedLinksAndItsFooter() throws Exception {
        Article article = verbatim.extract(Seeds.seed("001"));
        assertThat(article.boilerplate()).extracting(span -> slice(article, span)).containsExactly(
                "RELATED:\u00a0The Pain of Pregnancy Loss Has Made Me Who I Am Today",
                "RELATED:\u00a0There is So Much More To the Loss Mom’s Story Than Meets the Eye",
                "Her View From Home",
                "Millions of mothers connected by love, friendship, family and faith. Join our growing community. "
                        + "1,000+ writers strong. We pay too! \u00a0 Find more information on how you can become a "
                        + "writer on Her View From Home at https://herviewfromhome.com/contact-us/write-for-her//");
        // The outlet's own closing words are the article's, not boilerplate.
        assertThat(slice(article, article.paragraphs().get(article.paragraphs().size() - 1)))
                .startsWith("We are sending so much love and comfort to Chrissy, John, Luna, and Miles");
    }

    @Test
    void seed002SetsApartItsHelpPromptAndRepublicationNote() throws Exception {
        Article article = verbatim.extract(Seeds.seed("002"));
        assertThat(article.boilerplate()).extracting(span -> slice(article, span)).containsExactly(
                "For help and support with related issues, visit The International Stillbirth Alliance at\u00a0or "
                        + "stillbirth, premature birth and miscarriage charity Tommy's at",
                "This article is republished from Daily Mail Online. Read the original article.");
        // The fact box and its "Source:" line are the article's.
        assertThat(article.paragraphs()).extracting(span -> slice(article, span))
                .contains("Source: NHS Choices", "What are the signs?");
    }

    @Test
    void aParagraphMixingARealSentenceWithAPromotionStaysInTheBody() throws Exception {
        Article article = verbatim.extract(Seeds.seed("000"));
        assertThat(article.boilerplate()).isEmpty();
        assertThat(slice(article, article.paragraphs().get(0))).isEqualTo("Chrissy Teigen and John Legend recently "
                + "suffered the loss of their third child through miscarriage and its heartbreaking. Look for more "
                + "updates here.");
    }

    @Test
    void seed004sSignOffSharesItsParagraphWithTheArticleAndStays() throws Exception {
        Article article = verbatim.extract(Seeds.seed("004"));
        assertThat(article.boilerplate()).isEmpty();
        assertThat(slice(article, article.paragraphs().get(7)))
                .endsWith("Urban Islandz would also like to express our deepest condolences.");
    }

    // --- rules ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "RELATED: The Pain of Pregnancy Loss Has Made Me Who I Am Today", "READ MORE: Another story",
        "Read more: Another story", "SEE ALSO: Another story", "MORE: Another story",
        "Related Articles: Another story https://example.com/a", "Look for more updates here.",
        "Read the original article.", "This article is republished from Daily Mail Online. Read the original article.",
        "This story originally appeared on The Conversation.", "Republished with permission from Vox.",
        "Check back later for updates.", "This is a developing story and will be updated.",
        "Sign up for our newsletter to get the latest news delivered to your inbox.",
        "Subscribe to our free daily newsletter. Follow us on Instagram and Twitter.",
        "ADVERTISEMENT", "Story continues below advertisement", "Download our free app for breaking news.",
        "Click here to read more stories like this.", "View this post on Instagram",
        "For confidential support call the Samaritans on 116 123 or visit samaritans.org",
        "Copyright 2020. All rights reserved.", "© 2020 Example Media Group"})
    void boilerplateParagraphs(String paragraph) {
        assertThat(boilerplate("A real opening paragraph about the news.\n\n" + paragraph
                + "\n\nAnd a real closing paragraph, as said “by someone”."))
                .containsExactly(paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Teigen urged fans to sign up for blood donation drives.", "She hopes to become a writer one day.",
        "“Join our community,” the group wrote on its page.", "Related issues were discussed at length.",
        "More than 20 people attended.", "This article is about a family's loss.",
        "By the time she arrived, the news had spread.", "Her View From Home",
        "The couple will read the original letters at the memorial. Look for more updates here.",
        "She said she would follow us on Instagram.", "Fans can follow us on Instagram, she joked, and laughed."})
    void articleParagraphsStay(String paragraph) {
        assertThat(boilerplate("A real opening paragraph about the news.\n\n" + paragraph)).isEmpty();
    }

    @Test
    void aPromotionalFooterAndItsBrandLineCloseTheArticle() {
        List<String> found = boilerplate("The news.\n\nThe end of the story.\n\nExample Daily\n\n"
                + "Real stories from real people. Join our growing community today at Example Daily.");
        assertThat(found).containsExactly("Example Daily",
                "Real stories from real people. Join our growing community today at Example Daily.");
    }

    @Test
    void aPitchWithQuotationMarksOrMidArticleStays() {
        assertThat(boilerplate("Intro.\n\nWe pay too! Join our growing community. She said “hello”.")).isEmpty();
        assertThat(boilerplate("Intro.\n\nWe pay writers. Join our growing community, a reader said.\n\nMore news."))
                .isEmpty();
    }

    @Test
    void aMegabyteOfHostileTextTakesLinearTime() {
        for (String unit : List.of("@", "—", ". ", "RELATED: ", "Join our growing community ", "A\n\n",
                "For help visit ", "“", "Sign up for our newsletter. ")) {
            String text = unit.repeat((1 << 20) / unit.length());
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> boilerplate(text), unit);
        }
    }

    private static String slice(Article article, Span span) {
        String text = article.text();
        return text.substring(text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end()));
    }

    /**
     * The file's blank-line-separated blocks, found here without the reader: the header line
     * ({@code date …} in 003, the headline in 004) left out.
     */
    private static List<String> blocks(Article article) {
        List<String> blocks = new ArrayList<>();
        for (String block : article.text().split("\n[ \t]*\n")) {
            if (!block.isBlank()) {
                blocks.add(block.replaceAll("^[\\s\u00a0]+|[\\s\u00a0]+$", ""));
            }
        }
        if (blocks.get(0).startsWith("date ")) {
            blocks.set(0, blocks.get(0).substring("date 2020-10-01 ".length()));
        }
        if (article.title() != null && blocks.get(0).equals(article.title())) {
            blocks.remove(0);
        }
        return blocks;
    }
}
