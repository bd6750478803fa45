/**
 * Verbatim's data model: immutable records for an {@link io.github.verbatim.model.Article} and what
 * it contains, each value carrying {@link io.github.verbatim.model.Provenance}.
 *
 * <p>Offsets are W3C Web Annotation selectors counted in Unicode code points of the article's
 * normalized text: start inclusive, end exclusive. Components that may be absent are annotated
 * {@code @Nullable}; lists are never null and never mutable.
 */
@NullMarked
package io.github.verbatim.model;

import org.jspecify.annotations.NullMarked;
