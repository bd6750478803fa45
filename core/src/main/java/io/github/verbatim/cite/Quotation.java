package io.github.verbatim.cite;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Words someone said, as the cited works quote them: what {@link CitationsText} cites "as quoted
 * in".
 *
 * @param text the words, in the wording chosen to stand for every variant
 * @param speaker who said them, or null where the works do not say
 * @param keys the citation keys of the works that quote them, in order
 */
public record Quotation(String text, @Nullable String speaker, List<String> keys) {

    /** Copies the keys. */
    public Quotation {
        keys = List.copyOf(keys);
    }
}
