package io.github.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text, 0, text.length()).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void splitsAfterTerminalPunctuationBeforeACapital() {
        assertThat(sentences("She said it. He left! Why? “Because,” she said. 2020 was hard… It ended."))
                .containsExactly("She said it.", "He left!", "Why?", "“Because,” she said.", "2020 was hard…", "It ended.");
    }

    @Test
    void keepsAbbreviationsAndLowerCaseContinuationsTogether() {
        assertThat(sentences("The U.S. envoy, Mr. Sondland, spoke to J. Smith on Nov. 20. e.g. this stays. New one."))
                .containsExactly("The U.S. envoy, Mr. Sondland, spoke to J. Smith on Nov. 20. e.g. this stays.", "New one.");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertThat(sentences("He wrote: “It is over.” Then (later) he left.)  Done."))
                .containsExactly("He wrote: “It is over.”", "Then (later) he left.)", "Done.");
    }

    @Test
    void rangesAreTrimmedAndWithinTheBounds() {
        String text = "xx  One. Two.  yy";
        assertThat(SentenceSplitter.split(text, 2, 15)).containsExactly(new int[] {4, 8}, new int[] {9, 13});
    }
}
