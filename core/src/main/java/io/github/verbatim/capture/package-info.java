/**
 * Capturing inputs: finding the files a user named (walking folders), and copying each one's
 * bytes unchanged while computing their checksums.
 */
@NullMarked
package io.github.verbatim.capture;

import org.jspecify.annotations.NullMarked;
