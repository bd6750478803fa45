package io.github.verbatim.extract;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.read.ArticleReader;
import io.github.verbatim.read.PlainTextReader;
import io.github.verbatim.read.ReadException;
import io.github.verbatim.read.ReaderRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads captured bytes into an article: picks the reader for the capture's media type, reads, and
 * extracts. A reader that crashes (a runtime exception, or a stack overflow on deeply nested input)
 * becomes a {@link ReadException} naming the input, so one bad file never stops a batch.
 */
public final class ArticlePipeline {

    private static final String UNKNOWN = "application/octet-stream";

    private final ReaderRegistry registry;
    private final ArticleExtractor extractor = new ArticleExtractor();

    /**
     * Creates a pipeline.
     *
     * @param registry the readers and detectors to use
     */
    public ArticlePipeline(ReaderRegistry registry) {
        this.registry = registry;
    }

    /** Returns the readers and detectors this pipeline uses. */
    public ReaderRegistry registry() {
        return registry;
    }

    /**
     * Reads and extracts one captured document.
     *
     * @param file the captured bytes
     * @param capture their capture
     * @return the article
     * @throws ReadException if no reader reads the media type or the reader fails
     * @throws IOException if the file cannot be read
     */
    public Article read(Path file, Capture capture) throws ReadException, IOException {
        String input = capture.origins().isEmpty() ? file.toString() : capture.origins().get(0).location();
        String type = capture.mediaType();
        // Bytes of no known format get the plain-text reader as a last resort: it reads text that
        // a detector could not place, and refuses binary data with the evidence.
        ArticleReader reader = registry.readerFor(type)
                .or(() -> type.equals(UNKNOWN) ? registry.readerFor("text/plain") : Optional.empty())
                .orElseThrow(() -> new ReadException(input, "no reader for media type " + type
                        + (onlyCoreReaders() ? " (verbatim-tika-adapter reads it; is it on the class path?)" : "")));
        io.github.verbatim.read.Document document;
        try {
            document = reader.read(file, capture);
        } catch (RuntimeException e) {
            throw new ReadException(input, "the " + reader.name() + " reader failed: " + e, e);
        } catch (StackOverflowError e) {
            throw new ReadException(input, "the " + reader.name() + " reader ran out of stack (input nested too deeply)", e);
        }
        try {
            return extractor.extract(document, capture);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ReadException(input, "extraction failed (a bug in Verbatim; please report it): " + e, e);
        }
    }

    private boolean onlyCoreReaders() {
        return registry.readers().stream().allMatch(r -> r instanceof PlainTextReader);
    }
}
