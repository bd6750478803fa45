package io.github.verbatim.read;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The media types Verbatim names files by, and their usual file-name extensions: one table, read
 * both ways, by the basic detector (extension to type) and by bundles (type to the extension of an
 * archived original).
 */
public final class FileTypes {

    /** Type and extensions; the first extension is the one a bundle gives an original. */
    private static final List<Map.Entry<String, List<String>>> TABLE = List.of(
            Map.entry("text/plain", List.of("txt", "text")),
            Map.entry("text/markdown", List.of("md", "markdown")),
            Map.entry("text/html", List.of("html", "htm")),
            Map.entry("application/xhtml+xml", List.of("xhtml")),
            Map.entry("application/pdf", List.of("pdf")),
            Map.entry("application/msword", List.of("doc")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
            Map.entry("application/vnd.oasis.opendocument.text", List.of("odt")),
            Map.entry("application/rtf", List.of("rtf")),
            Map.entry("message/rfc822", List.of("eml")),
            Map.entry("application/vnd.ms-outlook", List.of("msg")),
            Map.entry("application/epub+zip", List.of("epub")),
            Map.entry("application/warc", List.of("warc")),
            Map.entry("application/warc+gz", List.of("warc.gz")),
            Map.entry("application/x-wacz", List.of("wacz")),
            Map.entry("application/json", List.of("json")),
            Map.entry("application/xml", List.of("xml")),
            Map.entry("text/xml", List.of("xml")),
            Map.entry("application/zip", List.of("zip")),
            Map.entry("application/gzip", List.of("gz")),
            Map.entry("image/jpeg", List.of("jpg", "jpeg")),
            Map.entry("image/png", List.of("png")),
            Map.entry("image/gif", List.of("gif")));

    private static final Map<String, String> EXTENSION_OF = new HashMap<>();
    private static final Map<String, String> TYPE_OF = new HashMap<>();

    static {
        for (Map.Entry<String, List<String>> row : TABLE) {
            EXTENSION_OF.put(row.getKey(), row.getValue().get(0));
            for (String extension : row.getValue()) {
                TYPE_OF.putIfAbsent(extension, row.getKey());
            }
        }
    }

    private FileTypes() {
    }

    /**
     * Returns the extension for a media type.
     *
     * @param mediaType a type without parameters
     * @return the usual extension without a leading dot (two parts for a compressed format, such
     *     as {@code warc.gz}), or {@code bin} for a type not in the table
     */
    public static String extensionOf(String mediaType) {
        return EXTENSION_OF.getOrDefault(mediaType.toLowerCase(Locale.ROOT), "bin");
    }

    /**
     * Returns the media type a file name's extension suggests.
     *
     * @param fileName a file name
     * @return the type, or empty if the name has no extension in the table
     */
    public static Optional<String> mediaTypeOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        int before = name.lastIndexOf('.', dot - 1);
        if (before >= 0 && TYPE_OF.containsKey(name.substring(before + 1))) {
            return Optional.of(TYPE_OF.get(name.substring(before + 1)));
        }
        return Optional.ofNullable(TYPE_OF.get(name.substring(dot + 1)));
    }
}
