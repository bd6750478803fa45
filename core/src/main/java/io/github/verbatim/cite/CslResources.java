package io.github.verbatim.cite;

import de.undercouch.citeproc.LocaleProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The CSL styles and the locale shipped beside this class in {@code csl/} (see its
 * {@code CREDITS.txt}), read from the jar, never from the network.
 */
final class CslResources implements LocaleProvider {

    static final String DEFAULT_LOCALE = "en-US";

    /** Returns the XML of a shipped style. */
    static String style(CitationStyle style) {
        return read("csl/" + style.styleId() + ".csl");
    }

    /**
     * Returns the XML of a shipped locale; citeproc-java asks for the locales it needs and takes
     * an {@link IllegalArgumentException} as "not available".
     */
    @Override
    public String retrieveLocale(String lang) {
        if (!DEFAULT_LOCALE.equals(lang)) {
            throw new IllegalArgumentException("no CSL locale " + lang + " is shipped; only " + DEFAULT_LOCALE);
        }
        return read("csl/locales-" + lang + ".xml");
    }

    private static String read(String resource) {
        try (InputStream in = CslResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the core jar lacks " + resource + "; was it built by Maven?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
