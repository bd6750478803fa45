package io.github.verbatim.cite;

/**
 * One entry of a formatted bibliography.
 *
 * @param key the citation key of the item it formats
 * @param text the entry: plain text, or HTML where HTML was asked for
 */
public record FormattedReference(String key, String text) {
}
