package io.github.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    /** Scans paragraphs separated by blank lines; returns each quote's text, nested ones marked with >. */
    private static List<String> quotes(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        int at = 0;
        for (String p : text.split("\n\n", -1)) {
            paragraphs.add(new int[] {at, at + p.length()});
            at += p.length() + 2;
        }
        List<String> out = new ArrayList<>();
        for (QuoteScanner.Found f : QuoteScanner.scan(text, paragraphs)) {
            out.add((f.parent() >= 0 ? ">" : "") + text.substring(f.start(), f.end()) + (f.unclosed() ? " [unclosed]" : ""));
        }
        return out;
    }

    @Test
    void curlyAndStraightDoubleQuotes() {
        assertThat(quotes("“We are shocked,” wrote Teigen. \"It was not enough,\" she said."))
                .containsExactly("We are shocked,", "It was not enough,");
    }

    @Test
    void britishSingleQuotesWithApostrophesInside() {
        assertThat(quotes("'We never decide on our babies' names until they're born,' she said. It's 'devastating'."))
                .containsExactly("We never decide on our babies' names until they're born,", "devastating");
    }

    @Test
    void mixedOpenAndCloseSingleMarks() {
        assertThat(quotes("He called it ‘a great day' and left.")).containsExactly("a great day");
    }

    @Test
    void guillemetsBothWaysLowQuotesAndCorners() {
        assertThat(quotes("Il a dit « c’est fini » hier.")).containsExactly("c’est fini");
        assertThat(quotes("Er sagte »Es ist vorbei« gestern.")).containsExactly("Es ist vorbei");
        assertThat(quotes("Sie sagte „Wir sind erschüttert“ und ging. Dann ‚leise‘.")).containsExactly(
                "Wir sind erschüttert", "leise");
        assertThat(quotes("彼は「もう終わりだ」と言った。『本』")).containsExactly("もう終わりだ", "本");
    }

    @Test
    void nestedQuotesStayNested() {
        assertThat(quotes("'It's crazy to be like, 'So, when are the kids coming?' because who knows,' she said."))
                .containsExactly("It's crazy to be like, 'So, when are the kids coming?' because who knows,",
                        ">So, when are the kids coming?");
        assertThat(quotes("“He told me ‘never again’ and meant it,” she said."))
                .containsExactly("He told me ‘never again’ and meant it,", ">never again");
    }

    @Test
    void oneMarkMayCloseANestedQuoteAndItsOuterQuote() {
        assertThat(quotes("'So anytime I'm just like, 'One day you're going to ask that. Stop asking me.'"))
                .containsExactly("So anytime I'm just like, 'One day you're going to ask that. Stop asking me.",
                        ">One day you're going to ask that. Stop asking me.");
    }

    @Test
    void aMultiParagraphQuoteReopensAndClosesOnlyAtItsEnd() {
        String text = "She said: 'First paragraph of it.\n\n'Second paragraph of it.\n\n'Third and last,' she added.\n\nAfter.";
        assertThat(quotes(text)).containsExactly(
                "First paragraph of it.\n\n'Second paragraph of it.\n\n'Third and last,");
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        String text = "She told fans: 'We are shocked and in deep pain.\n\nTalking about it, she explained: 'It was not enough.'";
        assertThat(quotes(text)).containsExactly("We are shocked and in deep pain. [unclosed]", "It was not enough.");
    }

    @Test
    void elisionsAndDecadesAreApostrophes() {
        assertThat(quotes("Back in the '90s they'd rock 'n' roll 'til dawn.")).isEmpty();
    }

    @Test
    void aSpacedClosingMarkStillCloses() {
        assertThat(quotes("for the “first few moments of ” his life. “We will always love you” came the words."))
                .containsExactly("first few moments of", "We will always love you");
    }

    @Test
    void noBreakSpaceBeforeAQuote() {
        assertThat(quotes("The NHS writes:\u00A0'A transfusion is safe.'")).containsExactly("A transfusion is safe.");
    }

    @Test
    void strayMarksNeverSwallowTheRest() {
        String text = "An “unclosed mark here\n\nNext paragraph with “a quote” inside.\n\nAnd 5\" of rain.";
        assertThat(quotes(text)).containsExactly("unclosed mark here [unclosed]", "a quote");
    }
}
