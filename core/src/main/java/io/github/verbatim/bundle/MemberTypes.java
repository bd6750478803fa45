package io.github.verbatim.bundle;

import io.github.verbatim.read.FileTypes;
import io.github.verbatim.read.ReaderRegistry;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which documents in a container could be articles. A web crawl holds far more images, style
 * sheets, scripts and feeds than pages; reading each would fill a bundle with failures. A
 * document is taken when some reader reads its type and the type is not one of those.
 */
final class MemberTypes {

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final Set<String> NOT_ARTICLES = Set.of("text/css", "text/javascript", "application/javascript",
            "application/x-javascript", "application/ecmascript", "text/ecmascript", "application/json",
            "application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "application/wasm",
            "application/zip", "application/gzip", "application/x-gzip", "text/vtt", "text/csv", "text/calendar",
            "application/x-shockwave-flash", "application/vnd.apple.mpegurl", "application/dash+xml");
    private static final Set<String> NOT_ARTICLE_FAMILIES = Set.of("image", "audio", "video", "font", "model");

    private MemberTypes() {
    }

    /**
     * Returns whether a document declared as this type is worth copying out of a container.
     *
     * @param declared the declared type, with or without parameters, or empty if none
     * @param registry the readers
     * @return true for a readable type that could be an article, and for an unknown type
     */
    static boolean wanted(String declared, ReaderRegistry registry) {
        String base = base(declared);
        return base.isEmpty() || base.equals(OCTET_STREAM) || readable(base, registry);
    }

    /**
     * Returns whether a document detected as this type is read as a possible article.
     *
     * @param detected a detected type without parameters
     * @param registry the readers
     * @return true for a readable type that could be an article
     */
    static boolean readable(String detected, ReaderRegistry registry) {
        String base = base(detected);
        if (base.equals(OCTET_STREAM) || NOT_ARTICLES.contains(base) || base.endsWith("+json")
                || NOT_ARTICLE_FAMILIES.contains(base.substring(0, Math.max(0, base.indexOf('/'))))) {
            return false;
        }
        return registry.readerFor(base).isPresent();
    }

    /** Returns the type without parameters, in lower case; empty for none. */
    static String base(@Nullable String type) {
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns a file name for media-type detection: the name itself if its extension names a
     * type, else the name with the extension of the declared type (a page at {@code /story}
     * served as {@code text/html} is {@code story.html}), else the name.
     */
    static String nameHint(String name, @Nullable String declared) {
        String base = base(declared);
        if (base.isEmpty() || FileTypes.mediaTypeOf(name).isPresent()) {
            return name;
        }
        String extension = FileTypes.extensionOf(base);
        return extension.equals("bin") ? name : (name.isEmpty() ? "index" : name) + "." + extension;
    }
}
