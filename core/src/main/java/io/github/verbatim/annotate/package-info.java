/**
 * W3C Web Annotations (JSON-LD, {@code http://www.w3.org/ns/anno.jsonld}) of the quotations
 * Verbatim finds: which words of which archived original, who said them, and the cluster of
 * articles that quote them.
 */
@NullMarked
package io.github.verbatim.annotate;

import org.jspecify.annotations.NullMarked;
