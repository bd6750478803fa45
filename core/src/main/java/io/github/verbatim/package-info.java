/**
 * Verbatim: archive news articles byte-for-byte and cite them with provenance.
 *
 * <p>{@link io.github.verbatim.Verbatim} is the entry point: it extracts an
 * {@link io.github.verbatim.model.Article} from a file, bundles many inputs into a BagIt citation
 * bundle, and verifies a bundle.
 */
@NullMarked
package io.github.verbatim;

import org.jspecify.annotations.NullMarked;
