package io.github.verbatim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.report.WordDiff.Kind;
import io.github.verbatim.report.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksWhatAVariantLeavesOutAndWhatItAdds() {
        assertThat(WordDiff.compare("We are shocked and in the kind of deep pain", "We are shocked, in deep pain"))
                .containsExactly(new Part(Kind.SAME, "We are shocked"), new Part(Kind.REMOVED, " and"),
                        new Part(Kind.ADDED, ","), new Part(Kind.SAME, " in "), new Part(Kind.REMOVED, "the kind of "),
                        new Part(Kind.SAME, "deep pain"));
    }

    @Test
    void theSameWordingIsOneRunAndWhiteSpaceIsNoDifference() {
        assertThat(WordDiff.compare("It just wasn’t enough.", "It just wasn’t enough."))
                .containsExactly(new Part(Kind.SAME, "It just wasn’t enough."));
        assertThat(WordDiff.differs("a  b\n", "a b")).isFalse();
        assertThat(WordDiff.differs("wasn’t", "wasn't")).isTrue();
    }
}
