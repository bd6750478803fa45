package io.github.verbatim.model;

import org.jspecify.annotations.Nullable;

/**
 * Who said a quote: the name as resolved in the article, and the mention that named them at the
 * quote (which may be a pronoun or a surname).
 *
 * @param name the speaker's name as resolved in the article, such as {@code Chrissy Teigen}
 * @param mention where the attribution names the speaker at the quote, such as {@code she}
 * @param resolvedFrom where the article gives the resolved name in full, if elsewhere
 */
public record Speaker(String name, Provenance mention, @Nullable Provenance resolvedFrom) {
}
