package io.github.verbatim.capture;

import java.util.Locale;
import java.util.Map;

/**
 * Where a captured original is kept in a bundle: {@code data/originals/<sha256>.<ext>}, the
 * extension from its detected media type — never from the input's own name, so no path inside a
 * bag comes from input.
 */
public final class ArchivePaths {

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("text/plain", "txt"),
            Map.entry("text/markdown", "md"),
            Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "xhtml"),
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("message/rfc822", "eml"),
            Map.entry("application/vnd.ms-outlook", "msg"),
            Map.entry("application/epub+zip", "epub"),
            Map.entry("application/warc", "warc"),
            Map.entry("application/json", "json"),
            Map.entry("application/xml", "xml"),
            Map.entry("text/xml", "xml"),
            Map.entry("application/zip", "zip"),
            Map.entry("application/gzip", "gz"),
            Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"),
            Map.entry("image/gif", "gif"));

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
        return "data/originals/" + sha256 + "." + EXTENSIONS.getOrDefault(mediaType.toLowerCase(Locale.ROOT), "bin");
    }
}
