/**
 * Readers beyond plain text, through <a href="https://tika.apache.org/">Apache Tika</a>: a
 * media-type detector and a reader of PDF, Office, OpenDocument, RTF, e-mail, HTML, EPUB and the
 * other formats Tika parses.
 *
 * <p>Both are found by Verbatim Core through {@link java.util.ServiceLoader}: putting
 * {@code verbatim-tika-adapter} on the class path is all it takes. Plain text stays with Verbatim's
 * own {@link io.github.verbatim.read.PlainTextReader}, whose decoding and offsets are the
 * reference; the detector sends every text file there.
 */
@NullMarked
package io.github.verbatim.tika;

import org.jspecify.annotations.NullMarked;
