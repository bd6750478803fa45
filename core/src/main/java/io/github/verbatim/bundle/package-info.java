/**
 * Citation bundles: BagIt 1.0 bags (RFC 8493) holding the originals, one JSON document per
 * article, {@code collection.json} and citations; written atomically by {@link io.github.verbatim.bundle.Bundler}
 * and checked by {@link io.github.verbatim.bundle.BagVerifier}.
 */
@NullMarked
package io.github.verbatim.bundle;

import org.jspecify.annotations.NullMarked;
