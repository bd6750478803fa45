/**
 * Capturing inputs: finding the files and URLs a user named (walking folders), copying each one's
 * bytes unchanged while computing their checksums, and the two service interfaces through which
 * one input becomes several documents or a URL becomes bytes: {@link
 * io.github.verbatim.capture.ContainerReader} (a WARC or WACZ file) and {@link
 * io.github.verbatim.capture.UrlFetcher}.
 */
@NullMarked
package io.github.verbatim.capture;

import org.jspecify.annotations.NullMarked;
