package io.github.verbatim.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells the media type of captured bytes.
 *
 * <p>Found through {@link java.util.ServiceLoader} ({@code META-INF/services/io.github.verbatim.read.MediaTypeDetector});
 * the detector with the highest {@link #priority()} that knows the type wins, and Verbatim's own
 * detector (file name and a few magic numbers) answers when none does.
 */
public interface MediaTypeDetector {

    /**
     * Detects the media type.
     *
     * @param file the bytes
     * @param name the file name the bytes came under, a hint only
     * @return the media type without parameters, such as {@code application/pdf}, or empty if unknown
     * @throws IOException if the file cannot be read
     */
    Optional<String> detect(Path file, String name) throws IOException;

    /** Returns this detector's rank; higher is asked first. The default is 0. */
    default int priority() {
        return 0;
    }
}
