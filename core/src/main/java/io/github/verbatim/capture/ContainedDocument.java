package io.github.verbatim.capture;

import io.github.verbatim.model.Origin;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One document a {@link ContainerReader} found in a container, its bytes already copied out.
 *
 * @param location where it is in the container, as failures and a bundle's inputs name it, such
 *     as {@code crawl.warc.gz#offset=1234}
 * @param origin where its bytes came from, as its capture records it
 * @param file its bytes, in a file from {@link ContainerSink#newFile()}; the sink takes it over
 * @param checksums the checksums of {@code file}
 * @param name a file name for it, a hint for media-type detection, such as the last segment of
 *     its URL; may be empty
 * @param declaredType the media type the container declares for it (an HTTP
 *     {@code Content-Type}), with or without parameters, or null if none
 * @param problem why its bytes are kept but not read, such as a record the crawler truncated;
 *     null for a document to read
 */
public record ContainedDocument(String location, Origin origin, Path file, Checksums checksums, String name,
        @Nullable String declaredType, @Nullable String problem) {
}
