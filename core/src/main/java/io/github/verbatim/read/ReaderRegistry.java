package io.github.verbatim.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The readers and media-type detectors Verbatim uses, and the choice of one for each input.
 *
 * <p>{@link #load()} takes every {@link ArticleReader} and {@link MediaTypeDetector} found through
 * {@link ServiceLoader} plus Verbatim's own plain-text reader and basic detector, which always come
 * last, so {@code verbatim-core} alone reads plain text and every adapter on the class path adds to
 * it.
 */
public final class ReaderRegistry {

    private final List<ArticleReader> readers;
    private final List<MediaTypeDetector> detectors;

    private ReaderRegistry(List<ArticleReader> readers, List<MediaTypeDetector> detectors) {
        List<ArticleReader> r = new ArrayList<>(readers);
        r.add(new PlainTextReader());
        r.sort(Comparator.comparingInt(ArticleReader::priority).reversed());
        List<MediaTypeDetector> d = new ArrayList<>(detectors);
        d.add(new BasicMediaTypeDetector());
        d.sort(Comparator.comparingInt(MediaTypeDetector::priority).reversed());
        this.readers = List.copyOf(r);
        this.detectors = List.copyOf(d);
    }

    /**
     * Returns a registry of the readers and detectors found through {@link ServiceLoader} in this
     * class's class loader, plus Verbatim's own.
     */
    public static ReaderRegistry load() {
        return new ReaderRegistry(discoverReaders(), discoverDetectors());
    }

    /** Returns the readers declared through {@link ServiceLoader} in this class's class loader. */
    public static List<ArticleReader> discoverReaders() {
        List<ArticleReader> readers = new ArrayList<>();
        ServiceLoader.load(ArticleReader.class, ReaderRegistry.class.getClassLoader()).forEach(readers::add);
        return readers;
    }

    /** Returns the detectors declared through {@link ServiceLoader} in this class's class loader. */
    public static List<MediaTypeDetector> discoverDetectors() {
        List<MediaTypeDetector> detectors = new ArrayList<>();
        ServiceLoader.load(MediaTypeDetector.class, ReaderRegistry.class.getClassLoader()).forEach(detectors::add);
        return detectors;
    }

    /**
     * Returns a registry of the given readers and detectors plus Verbatim's own, ignoring
     * {@link ServiceLoader}.
     *
     * @param readers readers to use before the plain-text reader, by priority
     * @param detectors detectors to ask before the basic one, by priority
     * @return the registry
     */
    public static ReaderRegistry of(List<ArticleReader> readers, List<MediaTypeDetector> detectors) {
        return new ReaderRegistry(readers, detectors);
    }

    /** Returns the readers in the order they are tried. */
    public List<ArticleReader> readers() {
        return readers;
    }

    /**
     * Returns the media type of the file, from the first detector that knows it.
     *
     * @param file the bytes
     * @param name the name the bytes came under
     * @return the media type, {@code application/octet-stream} if no detector knows it
     * @throws IOException if the file cannot be read
     */
    public String detect(Path file, String name) throws IOException {
        for (MediaTypeDetector detector : detectors) {
            Optional<String> type = detector.detect(file, name);
            if (type.isPresent()) {
                return type.get();
            }
        }
        return "application/octet-stream";
    }

    /**
     * Returns the reader for a media type.
     *
     * @param mediaType the type without parameters
     * @return the reader of highest priority that reads it, or empty if none does
     */
    public Optional<ArticleReader> readerFor(String mediaType) {
        return readers.stream().filter(r -> r.reads(mediaType)).findFirst();
    }
}
