/**
 * Citations of articles in the formats reference managers read; CSL-JSON now.
 */
@NullMarked
package io.github.verbatim.cite;

import org.jspecify.annotations.NullMarked;
