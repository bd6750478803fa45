package io.github.verbatim.read;

import io.github.verbatim.model.Provenance;

/**
 * One candidate value for a metadata field, with where it came from.
 *
 * @param field the field
 * @param value the value, already cleaned (ISO 8601 for dates)
 * @param provenance where the reader found it and how
 */
public record MetadataValue(MetadataField field, String value, Provenance provenance) {
}
