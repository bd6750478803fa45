package io.github.verbatim.report;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Quote;
import io.github.verbatim.model.TextPositionSelector;
import org.jspecify.annotations.Nullable;

/** Finds text and quotes in an article by code-point span, the way every offset counts. */
final class ArticleText {

    private ArticleText() {
    }

    /** Returns the article's text from {@code start} to {@code end}, or null if the span is not in the text. */
    static @Nullable String span(Article article, int start, int end) {
        String text = article.text();
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end < start || end > length) {
            return null;
        }
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    /** Returns the quote (or nested quote) at exactly that span, or null. */
    static @Nullable Quote quoteAt(Article article, int start, int end) {
        for (Quote quote : article.quotes()) {
            Quote found = quoteAt(quote, start, end);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static @Nullable Quote quoteAt(Quote quote, int start, int end) {
        TextPositionSelector position = quote.provenance().position();
        if (position != null && position.start() == start && position.end() == end) {
            return quote;
        }
        for (Quote nested : quote.nested()) {
            Quote found = quoteAt(nested, start, end);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
