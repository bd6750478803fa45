package io.github.verbatim.tika;

import java.util.List;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.jspecify.annotations.Nullable;

/**
 * The Tika configuration this module shares: one detector, one parser (both thread-safe) and the
 * types the parser has a parser of its own for. Loaded on first use.
 */
final class TikaSupport {

    static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
    static final Detector DETECTOR = CONFIG.getDetector();
    static final MediaTypeRegistry REGISTRY = CONFIG.getMediaTypeRegistry();
    static final AutoDetectParser PARSER = new AutoDetectParser(CONFIG);
    static final MediaType MARKDOWN = MediaType.text("markdown");
    private static final List<MediaType> MARKUP = List.of(MediaType.TEXT_HTML,
            MediaType.application("xhtml+xml"), MediaType.application("epub+zip"));

    /** Types some parser declares, by Tika's canonical name. */
    private static final Set<MediaType> PARSED = Set.copyOf(PARSER.getParsers(new ParseContext()).keySet());

    private TikaSupport() {
    }

    /**
     * Returns the type whose parser Tika would use for {@code type}: the type itself or the
     * nearest supertype with a parser of its own, or null if none has one.
     */
    static @Nullable MediaType parsedAs(MediaType type) {
        for (MediaType t = REGISTRY.normalize(type.getBaseType()); t != null; t = REGISTRY.getSupertype(t)) {
            if (PARSED.contains(t)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Returns true for types that are plain text as far as reading goes: {@code text/plain}, and
     * {@code text/*} types without a parser of their own ({@code text/x-log},
     * {@code text/x-web-markdown}, …), which Tika would read with its plain-text parser.
     */
    static boolean isPlainText(MediaType type) {
        MediaType base = REGISTRY.normalize(type.getBaseType());
        if (base.equals(MediaType.TEXT_PLAIN)) {
            return true;
        }
        if (!base.getType().equals("text")) {
            return false;
        }
        MediaType parser = parsedAs(base);
        return parser == null || parser.equals(MediaType.TEXT_PLAIN);
    }

    /**
     * Returns true for types Tika treats as text: {@code text/plain} and its specializations (HTML,
     * XML, e-mail, RTF, …).
     */
    static boolean isTextBased(MediaType type) {
        MediaType base = REGISTRY.normalize(type.getBaseType());
        return base.equals(MediaType.TEXT_PLAIN) || REGISTRY.isSpecializationOf(base, MediaType.TEXT_PLAIN);
    }

    /**
     * Returns true for markup whose text Tika passes on with the source's white space: HTML, XHTML,
     * EPUB and their specializations.
     */
    static boolean isMarkup(MediaType type) {
        MediaType base = REGISTRY.normalize(type.getBaseType());
        return MARKUP.stream().anyMatch(m -> base.equals(m) || REGISTRY.isSpecializationOf(base, m));
    }
}
