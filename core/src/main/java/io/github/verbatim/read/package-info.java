/**
 * Reading captured bytes into a {@link io.github.verbatim.read.Document}: the reader and
 * media-type detector service interfaces, the plain-text reader, and the registry that picks a
 * reader for each input. Other modules (such as {@code verbatim-tika-adapter}) add readers and
 * detectors through {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.github.verbatim.read;

import org.jspecify.annotations.NullMarked;
