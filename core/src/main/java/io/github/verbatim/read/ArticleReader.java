package io.github.verbatim.read;

import io.github.verbatim.model.Capture;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads captured bytes of some media types into a {@link Document}.
 *
 * <p>Implementations are found through {@link java.util.ServiceLoader} (declare them in
 * {@code META-INF/services/io.github.verbatim.read.ArticleReader}) or passed to
 * {@link io.github.verbatim.Verbatim.Builder#reader(ArticleReader)}. Where several readers read a
 * type, the one with the highest {@link #priority()} is used. A reader must be safe to call from
 * several threads.
 */
public interface ArticleReader {

    /** Returns the reader's short name, recorded in every article it reads, such as {@code plain-text}. */
    String name();

    /**
     * Returns whether this reader reads the media type.
     *
     * @param mediaType a type without parameters, such as {@code text/plain}
     * @return true if {@link #read} handles it
     */
    boolean reads(String mediaType);

    /** Returns this reader's rank among readers of the same type; higher wins. The default is 0. */
    default int priority() {
        return 0;
    }

    /**
     * Reads the document.
     *
     * @param file the captured bytes, unchanged
     * @param capture the capture of those bytes: checksum, detected media type, origins
     * @return the document's normalized text, paragraphs and metadata
     * @throws ReadException if the bytes cannot be read as a document; the message names the problem
     * @throws IOException if the file cannot be read
     */
    Document read(Path file, Capture capture) throws ReadException, IOException;
}
