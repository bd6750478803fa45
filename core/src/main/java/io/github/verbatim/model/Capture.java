package io.github.verbatim.model;

import java.util.List;

/**
 * The original bytes of one document as captured: their checksum, size, type and where they came
 * from. Identical bytes from several places make one capture with several origins.
 *
 * @param sha256 lower-case hex SHA-256 of the bytes
 * @param size number of bytes
 * @param mediaType detected media type, such as {@code text/plain}
 * @param archivedAs path of the original inside a bundle, {@code data/originals/<sha256>.<ext>}
 * @param origins every place these exact bytes were read from, in input order
 */
public record Capture(String sha256, long size, String mediaType, String archivedAs, List<Origin> origins) {

    /** Copies the origins and checks the checksum's form. */
    public Capture {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        origins = List.copyOf(origins);
    }

    /** Returns the document id these bytes give, {@code sha256:<hex>}. */
    public String documentId() {
        return "sha256:" + sha256;
    }
}
