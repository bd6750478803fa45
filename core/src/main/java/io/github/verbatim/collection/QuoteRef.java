package io.github.verbatim.collection;

/**
 * A quotation of an article.
 *
 * @param article the article's id, {@code sha256:<hex>}
 * @param quote the quotation's position in the article's {@code quotes}, from 0
 */
public record QuoteRef(String article, int quote) {
}
