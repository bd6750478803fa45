/**
 * From a read {@link io.github.verbatim.read.Document} to an {@link io.github.verbatim.model.Article}:
 * metadata resolution now; quotes, speakers, social posts and sources as their extractors land.
 */
@NullMarked
package io.github.verbatim.extract;

import org.jspecify.annotations.NullMarked;
