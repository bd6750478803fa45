package io.github.verbatim.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.model.Article;
import io.github.verbatim.model.Provenance;
import io.github.verbatim.model.Span;
import io.github.verbatim.text.NormalizedText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false).build();

    @TempDir
    Path dir;

    @Test
    void textOfEverySeedIsTheFileItself() throws Exception {
        for (Path seed : Seeds.files()) {
            Article article = verbatim.extract(seed);
            assertThat(article.text()).as(seed.toString()).isEqualTo(Seeds.text(seed));
            assertThat(article.id()).isEqualTo("sha256:" + Seeds.sha256(seed));
            assertThat(article.capture().size()).isEqualTo(Files.size(seed));
            assertThat(article.capture().mediaType()).isEqualTo("text/plain");
            assertThat(article.capture().archivedAs()).isEqualTo("data/originals/" + Seeds.sha256(seed) + ".txt");
            assertThat(article.reader().name()).isEqualTo("plain-text");
            assertThat(article.reader().charset()).isEqualTo("UTF-8");
            assertThat(article.reader().warnings()).isEmpty();
        }
    }

    @Test
    void headlineLineBecomesTheTitle() throws Exception {
        Article article = verbatim.extract(Seeds.seed("004"));
        String headline = "John Legend’s Wife Chrissy Teigen Shares Painful Tweet, Hospital Photos Amid Miscarriage";
        assertThat(article.title()).isEqualTo(headline);
        Provenance p = article.provenance().get("title");
        assertThat(p.method()).isEqualTo("plain-text:headline-line");
        assertThat(p.position().start()).isZero();
        assertThat(p.position().end()).isEqualTo(headline.length());
        assertThat(p.quote().exact()).isEqualTo(headline);
        assertThat(p.confidence()).isEqualTo(0.9);
        // The headline is not a body paragraph: eight paragraphs follow it.
        assertThat(article.paragraphs()).hasSize(8);
        assertThat(slice(article, article.paragraphs().get(0)))
                .isEqualTo("John Legend and Chrissy Teigen are opening up about her painful miscarriage.");
    }

    @Test
    void sentenceFirstLinesAreNotTitles() throws Exception {
        for (String n : new String[] {"000", "001", "002", "003"}) {
            Article article = verbatim.extract(Seeds.seed(n));
            assertThat(article.title()).as(n).isNull();
            assertThat(article.provenance()).as(n).doesNotContainKey("title");
        }
    }

    @Test
    void leadingDateBecomesThePublishedDate() throws Exception {
        Article article = verbatim.extract(Seeds.seed("003"));
        assertThat(article.published()).isEqualTo("2020-10-01");
        Provenance p = article.provenance().get("published");
        assertThat(p.method()).isEqualTo("plain-text:date-line");
        assertThat(p.position().start()).isEqualTo(6);
        assertThat(p.position().end()).isEqualTo(16);
        assertThat(p.quote().exact()).isEqualTo("2020-10-01");
        assertThat(p.quote().prefix()).isEqualTo(" date ");
        assertThat(p.document()).isEqualTo(article.id());
        // The first paragraph starts after the date header, at "Chrissy".
        Span first = article.paragraphs().get(0);
        assertThat(first.start()).isEqualTo(17);
        assertThat(slice(article, first)).startsWith("Chrissy Teigen is opening up about her miscarriage.");
        assertThat(article.paragraphs()).hasSize(34);
    }

    @Test
    void paragraphsOfEverySeedAreItsBlankLineSeparatedBlocks() throws Exception {
        // Boilerplate paragraphs are set apart from the body, so the reader's blocks are both lists.
        assertThat(blocks(verbatim.extract(Seeds.seed("000")))).hasSize(12);
        assertThat(blocks(verbatim.extract(Seeds.seed("001")))).hasSize(14);
        Article daily = verbatim.extract(Seeds.seed("002"));
        assertThat(blocks(daily)).hasSize(76);
        assertThat(slice(daily, blocks(daily).get(75)))
                .isEqualTo("This article is republished from Daily Mail Online. Read the original article.");
    }

    @Test
    void crlfInputIsNormalizedAndOffsetsIndexTheNormalizedText() throws Exception {
        Path file = dir.resolve("crlf.txt");
        Files.writeString(file, "Date: 2021-03-04\r\nHeadline In Title Case\r\n\r\nFirst paragraph.\r\n\r\nSecond one.\r\n");
        Article article = verbatim.extract(file);
        assertThat(article.text()).isEqualTo("Date: 2021-03-04\nHeadline In Title Case\n\nFirst paragraph.\n\nSecond one.\n");
        assertThat(article.published()).isEqualTo("2021-03-04");
        assertThat(article.title()).isEqualTo("Headline In Title Case");
        assertThat(article.paragraphs()).extracting(p -> slice(article, p))
                .containsExactly("First paragraph.", "Second one.");
    }

    @Test
    void textWithoutBlankLinesHasOneParagraphPerLine() throws Exception {
        Path file = dir.resolve("lines.txt");
        Files.writeString(file, "She said it was over.\nHe agreed.\nThen they left.");
        Article article = verbatim.extract(file);
        assertThat(article.paragraphs()).containsExactly(new Span(0, 21), new Span(22, 32), new Span(33, 48));
    }

    @Test
    void anImpossibleDateIsNotADate() throws Exception {
        Path file = dir.resolve("baddate.txt");
        Files.writeString(file, "date 2020-13-45\n\nText.\n\nMore text.");
        assertThat(verbatim.extract(file).published()).isNull();
    }

    @Test
    void windows1252IsReadWithAWarning() throws Exception {
        Path file = dir.resolve("latin.txt");
        Files.write(file, "“Ça va,” she said — naïve résumé.".getBytes(Charset.forName("windows-1252")));
        Article article = verbatim.extract(file);
        assertThat(article.text()).isEqualTo("“Ça va,” she said — naïve résumé.");
        assertThat(article.reader().charset()).isEqualTo("windows-1252");
        assertThat(article.reader().warnings()).singleElement().asString().contains("decoded as windows-1252, a guess");
    }

    @Test
    void emptyFileIsAClearError() throws Exception {
        Path file = dir.resolve("empty.txt");
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> verbatim.extract(file))
                .isInstanceOf(ReadException.class)
                .hasMessage(file + ": empty file (0 bytes), no text to read");
    }

    @Test
    void whiteSpaceOnlyFileIsAClearError() throws Exception {
        Path file = dir.resolve("blank.txt");
        Files.writeString(file, " \n\n\t\n");
        assertThatThrownBy(() -> verbatim.extract(file))
                .isInstanceOf(ReadException.class)
                .hasMessage(file + ": no text: the file holds only white space (5 bytes)");
    }

    @Test
    void binaryFileNamedTxtIsAClearError() throws Exception {
        Path file = dir.resolve("photo.txt");
        byte[] bytes = new byte[2048];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        assertThatThrownBy(() -> verbatim.extract(file))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith(file + ": binary data, not text: ");
    }

    @Test
    void headlineRule() {
        assertThat(PlainTextReader.headlineConfidence("Chrissy Teigen Mourns Loss of Baby Jack")).isEqualTo(0.9);
        assertThat(PlainTextReader.headlineConfidence("Chrissy Teigen mourns the loss of her son")).isEqualTo(0.7);
        assertThat(PlainTextReader.headlineConfidence("Why Did The Couple Share It?")).isEqualTo(0.9);
        assertThat(PlainTextReader.headlineConfidence("She said it was over.")).isZero();
        assertThat(PlainTextReader.headlineConfidence("RELATED: Something. Another Thing")).isZero();
        assertThat(PlainTextReader.headlineConfidence("https://www.instagram.com/p/CFyWQLWpJ3u/")).isZero();
        assertThat(PlainTextReader.headlineConfidence("lowercase start of a line")).isZero();
        assertThat(PlainTextReader.headlineConfidence("Word")).isZero();
    }

    @Test
    void nfcNormalizationKeepsOffsetsOnTheNormalizedText() throws Exception {
        Path file = dir.resolve("nfd.txt");
        Files.write(file, "Beyonce\u0301 said it.\n\nThen left.".getBytes(StandardCharsets.UTF_8));
        Article article = verbatim.extract(file);
        assertThat(article.text()).isEqualTo("Beyoncé said it.\n\nThen left.");
        NormalizedText text = NormalizedText.of(article.text());
        assertThat(text.slice(article.paragraphs().get(1).start(), article.paragraphs().get(1).end())).isEqualTo("Then left.");
    }

    private static String slice(Article article, Span span) {
        return NormalizedText.of(article.text()).slice(span.start(), span.end());
    }

    /** The reader's paragraphs: the article's body and boilerplate together, in text order. */
    private static java.util.List<Span> blocks(Article article) {
        java.util.List<Span> all = new java.util.ArrayList<>(article.paragraphs());
        all.addAll(article.boilerplate());
        all.sort(java.util.Comparator.comparingInt(Span::start));
        return all;
    }
}
