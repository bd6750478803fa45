package io.github.verbatim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Names this software and its version, as provenance and bag metadata record it. */
public final class SoftwareAgent {

    /** The software's name. */
    public static final String NAME = "Verbatim";
    /** The project's home page. */
    public static final String URL = "https://github.com/verbatim/verbatim";
    /** The version of this build, such as {@code 0.1.0}. */
    public static final String VERSION = loadVersion();

    private SoftwareAgent() {
    }

    /**
     * Returns the agent string for one component, such as {@code Verbatim 0.1.0 plain-text}.
     *
     * @param component the reader or extractor
     * @return the name, version and component
     */
    public static String of(String component) {
        return NAME + " " + VERSION + " " + component;
    }

    private static String loadVersion() {
        try (InputStream in = SoftwareAgent.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
