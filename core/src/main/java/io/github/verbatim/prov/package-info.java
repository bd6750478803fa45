/**
 * W3C PROV-JSON of a citation bundle: where each original came from, the software that captured,
 * read and extracted it, and what was derived from what.
 */
@NullMarked
package io.github.verbatim.prov;

import org.jspecify.annotations.NullMarked;
