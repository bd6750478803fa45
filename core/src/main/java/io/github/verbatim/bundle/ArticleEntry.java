package io.github.verbatim.bundle;

import org.jspecify.annotations.Nullable;

/**
 * An article in a bundle, as listed in {@code collection.json}.
 *
 * @param id the article's id, {@code sha256:<hex>}
 * @param title its title, where known
 * @param published its publication date, where known
 * @param path the path of its JSON document in the bag, {@code data/articles/<sha256>.json}
 * @param original the path of its original bytes in the bag
 */
public record ArticleEntry(String id, @Nullable String title, @Nullable String published, String path,
        String original) {
}
