package io.github.verbatim.extract;

import io.github.verbatim.model.Article;
import io.github.verbatim.model.Capture;
import io.github.verbatim.read.ArticleReader;
import io.github.verbatim.read.PlainTextReader;
import io.github.verbatim.read.ReadException;
import io.github.verbatim.read.ReaderRegistry;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads captured bytes into an article: picks the reader for the capture's media type, reads, and
 * extracts. A reader that crashes (a runtime exception, or a stack overflow on deeply nested input)
 * becomes a {@link ReadException} naming the input, so one bad file never stops a batch.
 *
 * <p><b>Limits.</b> Each read runs on a thread of its own, watched: one that takes longer than its
 * time limit fails with {@code read timed out after N s}, and one that runs out of memory fails
 * with {@code ran out of memory}, each as a {@link ReadException} of that input. Java cannot stop
 * a thread safely, so a timed-out reader is interrupted and then abandoned: a reader that checks
 * for interruption (or blocks on interruptible I/O) stops, one that does not runs on until it
 * ends, as a daemon thread that never keeps the JVM alive. Running each read in a separate process
 * would bound it for sure, at the cost of a JVM start per input; a hang costs less than that.
 * Memory is bounded before reading by the bundle's size limit and the readers' own limits (Tika's
 * write limit); an {@link OutOfMemoryError} in the reading thread leaves its garbage collectable,
 * so the batch goes on.
 */
public final class ArticlePipeline {

    /** The time limit for reading one input unless another is given: 60 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final String UNKNOWN = "application/octet-stream";
    private static final AtomicInteger THREADS = new AtomicInteger();

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
     * Reads and extracts one captured document within {@link #DEFAULT_TIMEOUT}.
     *
     * @param file the captured bytes
     * @param capture their capture
     * @return the article
     * @throws ReadException if no reader reads the media type, the reader fails, or reading takes
     *     too long or too much memory
     * @throws IOException if the file cannot be read
     */
    public Article read(Path file, Capture capture) throws ReadException, IOException {
        return read(file, capture, DEFAULT_TIMEOUT);
    }

    /**
     * Reads and extracts one captured document on a watched thread.
     *
     * @param file the captured bytes
     * @param capture their capture
     * @param timeout the most time reading and extraction may take
     * @return the article
     * @throws ReadException if no reader reads the media type, the reader fails, reading takes
     *     longer than {@code timeout}, or the reader runs out of memory
     * @throws IOException if the file cannot be read
     * @throws InterruptedIOException if this thread is interrupted while waiting for the reader
     */
    public Article read(Path file, Capture capture, Duration timeout) throws ReadException, IOException {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        String input = inputName(file, capture);
        FutureTask<Article> task = new FutureTask<>(() -> readHere(file, capture));
        Thread worker = new Thread(task, "verbatim-read-" + THREADS.incrementAndGet());
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ReadException(input, "read timed out after " + seconds(timeout)
                    + " (the reader was interrupted and left to end on its own)");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + input);
        } catch (ExecutionException e) {
            throw rethrow(input, e.getCause());
        }
    }

    /** Returns what to throw for what the reading thread threw. */
    private static ReadException rethrow(String input, Throwable failure) throws IOException {
        if (failure instanceof ReadException read) {
            return read;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof OutOfMemoryError) {
            return new ReadException(input, "ran out of memory while reading it (the Java heap holds at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; a larger -Xmx may read it)", failure);
        }
        if (failure instanceof VirtualMachineError error) {
            throw error;
        }
        return new ReadException(input, "reading failed: " + failure, failure);
    }

    /** Returns a duration as {@code 60 s} or {@code 0.5 s}. */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }

    private static String inputName(Path file, Capture capture) {
        return capture.origins().isEmpty() ? file.toString() : capture.origins().get(0).location();
    }

    private Article readHere(Path file, Capture capture) throws ReadException, IOException {
        String input = inputName(file, capture);
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
