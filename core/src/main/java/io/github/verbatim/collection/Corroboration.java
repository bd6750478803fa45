package io.github.verbatim.collection;

import java.util.List;

/**
 * How widely a quotation is carried: by how many distinct outlets and articles. An article
 * republished from another outlet counts with that outlet, once.
 *
 * @param outlets the number of distinct outlets
 * @param articles the number of distinct articles
 * @param names the outlets' names, sorted
 */
public record Corroboration(int outlets, int articles, List<String> names) {

    /** Copies the list. */
    public Corroboration {
        names = List.copyOf(names);
    }
}
