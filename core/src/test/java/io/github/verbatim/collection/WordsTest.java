package io.github.verbatim.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What clustering counts as a word. */
class WordsTest {

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Words.scan(text, (hash, start, end, cut) -> {
            assertThat(hash).isEqualTo(Words.hash(Words.normalized(text, start, end)));
            out.add((cut ? "…" : "") + Words.normalized(text, start, end));
        });
        return out;
    }

    @Test
    void caseMarksApostrophesAndPunctuationAreSetAside() {
        assertThat(words("“We’ve never—EVER—felt this,” she said.")).containsExactly("weve", "never", "ever", "felt",
                "this", "she", "said");
        assertThat(words("'We've never - ever - felt this'")).containsExactly("weve", "never", "ever", "felt", "this");
        assertThat(words("our babies' names")).containsExactly("our", "babies", "names");
    }

    @Test
    void numbersKeepTheirSeparatorsLinksAreNoWords() {
        assertThat(words("1,000 writers, 3.5 stars")).containsExactly("1000", "writers", "35", "stars");
        assertThat(words("We love you, Jack 🖤 https://t.co/ySFzJB5e6k")).containsExactly("we", "love", "you", "jack");
    }

    @Test
    void ellipsesMarkCutsAndIdeographsAreWordsEach() {
        assertThat(words("walking…cooking... playing . . . more")).containsExactly("walking", "…cooking", "…playing",
                "…more");
        assertThat(words("「脱獄」")).containsExactly("脱", "獄");
    }

    @Test
    void closeSpellings() {
        assertThat(Edits.closeSpelling("everyday", "everyday")).isTrue();
        assertThat(Edits.closeSpelling("pregnancy", "pregnancies")).isTrue();
        assertThat(Edits.closeSpelling("maybe", "mabye")).isTrue();
        assertThat(Edits.closeSpelling("life", "love")).isFalse();
        assertThat(Edits.closeSpelling("34", "39")).isFalse();
        assertThat(Edits.closeSpelling("five", "four")).isFalse();
    }
}
