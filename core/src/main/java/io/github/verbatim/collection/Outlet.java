package io.github.verbatim.collection;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An outlet of the collection and its articles, as corroboration counts them.
 *
 * @param name the outlet's name: the publisher, the outlet an article was republished from, the
 *     host of the article's URL, or, when nothing names one, the article's own id
 * @param basis where the name comes from (for the outlet's first article)
 * @param articles its articles' ids, in collection order, republications included
 * @param republications those of its articles that other outlets republished from it
 */
public record Outlet(String name, Basis basis, List<String> articles, List<String> republications) {

    /** Copies the lists. */
    public Outlet {
        articles = List.copyOf(articles);
        republications = List.copyOf(republications);
    }

    /** Where an outlet's name comes from. */
    public enum Basis {
        /** The article's publisher. */
        @JsonProperty("publisher") PUBLISHER,
        /** The outlet the article says it was republished from. */
        @JsonProperty("republished-from") REPUBLISHED_FROM,
        /** The host of the article's URL, or of the URL it was captured from. */
        @JsonProperty("url-host") URL_HOST,
        /** Nothing names an outlet: the article stands for itself. */
        @JsonProperty("article") ARTICLE
    }
}
