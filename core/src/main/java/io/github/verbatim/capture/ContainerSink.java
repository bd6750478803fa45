package io.github.verbatim.capture;

import io.github.verbatim.model.Origin;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Receives what a {@link ContainerReader} finds in a container. Its methods throw nothing: a
 * document that cannot be archived or read becomes a failure of its own.
 */
public interface ContainerSink {

    /**
     * Returns whether a document declared as this media type could be an article, so is worth
     * copying out: {@code text/html} or {@code application/pdf} are, images, style sheets and
     * scripts are not. An unknown or missing type is worth copying (its bytes are then detected).
     *
     * @param declaredType the declared type, with or without parameters; may be empty
     * @return true to copy the document out and hand it to {@link #document}
     */
    boolean wants(String declaredType);

    /**
     * Returns a path for a new file, beside the bundle's originals (so handing it over is a
     * rename), for a document's bytes or the reader's own scratch data. The file does not exist
     * yet. Files not handed over are deleted when the reader returns.
     *
     * @return the path
     * @throws IOException if no such path can be made
     */
    Path newFile() throws IOException;

    /**
     * A document found: capture and read it, as an input of its own.
     *
     * @param document the document; its file now belongs to the sink
     */
    void document(ContainedDocument document);

    /**
     * A document that holds the same bytes as one handed over before, such as a WARC revisit
     * record resolved to the response it revisits: its origin joins that capture.
     *
     * @param location where it is in the container
     * @param origin where and when it was captured
     * @param sha256 the SHA-256 of the earlier document's bytes
     */
    void sameAs(String location, Origin origin, String sha256);

    /**
     * A document not taken, listed with the reason, such as a revisit whose original is not in
     * the container.
     *
     * @param location where it is in the container
     * @param reason why, one sentence
     */
    void skipped(String location, String reason);

    /**
     * Something in the container that is not a document, counted by kind in the container's
     * summary: {@code request record}, {@code image/png response}, {@code HTTP 404 response}.
     *
     * @param what what it is, a short noun phrase
     */
    void ignored(String what);

    /**
     * A part of the container that cannot be read, such as a damaged record; the reader goes on
     * with the rest.
     *
     * @param location where it is in the container, such as {@code crawl.warc#offset=1234}
     * @param reason what is wrong, one sentence
     */
    void failed(String location, String reason);
}
