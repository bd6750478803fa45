/**
 * Text as Verbatim indexes it: decoding bytes to characters, normalizing line ends and Unicode,
 * code-point offsets and selectors, and paragraphs. Every reader produces its text through here,
 * so offsets mean the same thing whatever the input format.
 */
@NullMarked
package io.github.verbatim.text;

import org.jspecify.annotations.NullMarked;
