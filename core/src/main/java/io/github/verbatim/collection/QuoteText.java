package io.github.verbatim.collection;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One quotation to cluster: its words and, where known, who said them.
 *
 * @param text the quoted words, without the quotation marks
 * @param speaker the speaker's name, or null where unknown; two different names keep short
 *     quotations apart ({@code Thank you.} from two people is two statements)
 */
public record QuoteText(String text, @Nullable String speaker) {

    /** Checks that the text is given. */
    public QuoteText {
        Objects.requireNonNull(text, "text");
    }
}
