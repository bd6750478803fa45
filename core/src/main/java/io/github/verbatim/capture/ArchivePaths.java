package io.github.verbatim.capture;

import io.github.verbatim.read.FileTypes;

/**
 * Where a captured original is kept in a bundle: {@code data/originals/<sha256>.<ext>}, the
 * extension from its detected media type — never from the input's own name, so no path inside a
 * bag comes from input.
 */
public final class ArchivePaths {

    private ArchivePaths() {
    }

    /**
     * Returns the path of an original in a bundle.
     *
     * @param sha256 the hex SHA-256 of its bytes
     * @param mediaType its detected media type
     * @return {@code data/originals/<sha256>.<ext>}, with {@code bin} for types without a known extension
     */
    public static String original(String sha256, String mediaType) {
        return "data/originals/" + sha256 + "." + FileTypes.extensionOf(mediaType);
    }
}
