package io.github.verbatim.capture;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a container — a file that holds other documents, such as a WARC or WACZ web archive —
 * into the documents it holds, one by one.
 *
 * <p>A bundle keeps the container itself as an original, then captures and reads each document
 * the reader hands to the {@link ContainerSink} as an input of its own. Verbatim Core knows no
 * container format; implementations are found through {@link java.util.ServiceLoader} (declare
 * them in {@code META-INF/services/io.github.verbatim.capture.ContainerReader}) or passed to
 * {@link io.github.verbatim.Verbatim.Builder#container(ContainerReader)}. A reader must be safe to
 * call from several threads.
 *
 * <p>A reader reports what it cannot read inside the container to the sink and goes on with the
 * rest: one damaged record never hides the others. It throws only when the container as a whole
 * cannot be read.
 */
public interface ContainerReader {

    /** Returns the reader's short name, such as {@code warc}, used in messages. */
    String name();

    /**
     * Returns whether this reader reads the media type.
     *
     * @param mediaType a type without parameters, such as {@code application/warc}
     * @return true if {@link #read} handles it
     */
    boolean reads(String mediaType);

    /**
     * Reads the container, handing each document it holds to the sink, in the order they appear.
     *
     * @param file the container's bytes, as archived
     * @param container how the documents' locations and origins name the container
     * @param sink receives the documents and hears of everything else
     * @throws IOException if the container cannot be read at all; what was handed to the sink
     *     before stays captured
     */
    void read(Path file, Container container, ContainerSink sink) throws IOException;
}
