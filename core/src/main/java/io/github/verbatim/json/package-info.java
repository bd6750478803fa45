/**
 * Verbatim's JSON: one configured Jackson mapping for every document Verbatim writes and reads,
 * and the JSON Schemas of those documents (shipped in this package as resources).
 */
@NullMarked
package io.github.verbatim.json;

import org.jspecify.annotations.NullMarked;
