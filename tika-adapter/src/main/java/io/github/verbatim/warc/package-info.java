/**
 * WARC and WACZ web archives as Verbatim inputs: {@link io.github.verbatim.warc.WarcContainerReader}
 * reads each page a crawl captured as a document of its own, and
 * {@link io.github.verbatim.warc.WarcMediaTypeDetector} recognizes the files by their content.
 * Both are found by Verbatim Core through {@link java.util.ServiceLoader}. Built on
 * <a href="https://github.com/iipc/jwarc">jwarc</a>.
 */
@NullMarked
package io.github.verbatim.warc;

import org.jspecify.annotations.NullMarked;
