package io.github.verbatim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.report.WordDiff.Kind;
import io.github.verbatim.report.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void typographyIsNoChange() {
        assertThat(WordDiff.compare("the pain we’ve never felt — “before”", "the pain we've never felt - \"before\""))
                .containsExactly(new WordDiff.Part(WordDiff.Kind.SAME, "the pain we've never felt - \"before\""));
    }

    @Test
    void marksWhatAVariantLeavesOutAndWhatItAdds() {
        assertThat(WordDiff.compare("We are shocked and in the kind of deep pain", "We are shocked, in deep pain"))
                .containsExactly(new Part(Kind.SAME, "We are shocked"), new Part(Kind.REMOVED, " and"),
                        new Part(Kind.ADDED, ","), new Part(Kind.SAME, " in "), new Part(Kind.REMOVED, "the kind of "),
                        new Part(Kind.SAME, "deep pain"));
    }

    @Test
    void anotherSentenceIsOneReplacementNotEveryOtherWordChanged() {
        assertThat(WordDiff.compare("We are so grateful for the life we have.", "Thank you to everyone who has been here."))
                .containsExactly(new Part(Kind.REMOVED, "We are so grateful for the life we have"),
                        new Part(Kind.ADDED, "Thank you to everyone who has been here"), new Part(Kind.SAME, "."));
    }

    @Test
    void aPartialQuoteKeepsTheWordsItShares() {
        assertThat(WordDiff.compare("the kind of deep pain you only hear about", "kind of pain"))
                .containsExactly(new Part(Kind.REMOVED, "the "), new Part(Kind.SAME, "kind of "),
                        new Part(Kind.REMOVED, "deep "), new Part(Kind.SAME, "pain"),
                        new Part(Kind.REMOVED, " you only hear about"));
    }

    @Test
    void theSameWordingIsOneRunAndWhiteSpaceIsNoDifference() {
        assertThat(WordDiff.compare("It just wasn’t enough.", "It just wasn’t enough."))
                .containsExactly(new Part(Kind.SAME, "It just wasn’t enough."));
        assertThat(WordDiff.differs("a  b\n", "a b")).isFalse();
        assertThat(WordDiff.differs("wasn’t", "wasn't")).isFalse();
        assertThat(WordDiff.differs("wasn’t", "was not")).isTrue();
    }
}
