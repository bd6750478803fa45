package io.github.verbatim.model;

import org.jspecify.annotations.Nullable;

/**
 * A citable origin that is not the article itself: its publisher, the outlet it copied, an
 * authority it cites, a related article.
 *
 * @param kind the part the source plays
 * @param name the source's name, such as {@code Daily Mail Online}
 * @param url the source's URL, where given
 * @param provenance where the article names the source, and how it was found
 */
public record Source(SourceKind kind, String name, @Nullable String url, Provenance provenance) {
}
