package io.github.verbatim.tika;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Finds the canonical URL an HTML page declares, {@code <link rel="canonical" href="…">}, which
 * Tika passes on in its XHTML head but not in its metadata.
 */
final class CanonicalLinkHandler extends DefaultHandler {

    private @Nullable String href;

    /** Returns the first canonical link's {@code href} as written, or null if there is none. */
    @Nullable String href() {
        return href;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (href != null) {
            return;
        }
        String name = localName.isEmpty() ? qName : localName;
        if (!name.equalsIgnoreCase("link")) {
            return;
        }
        String rel = attributes.getValue("rel");
        String target = attributes.getValue("href");
        if (rel != null && target != null && !target.isBlank()
                && (" " + rel.toLowerCase(Locale.ROOT) + " ").matches(".*\\scanonical\\s.*")) {
            href = target.strip();
        }
    }
}
