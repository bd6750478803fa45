package io.github.verbatim.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.verbatim.Seeds;
import io.github.verbatim.Verbatim;
import io.github.verbatim.bundle.BundleOptions;
import io.github.verbatim.bundle.BundleResult;
import io.github.verbatim.bundle.Failure;
import io.github.verbatim.model.Capture;
import io.github.verbatim.read.ArticleReader;
import io.github.verbatim.read.Document;
import io.github.verbatim.read.MediaTypeDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The time limit and memory guard on each read: a reader that hangs or runs out of memory fails alone. */
@Timeout(60)
class ReadLimitsTest {

    private static final AtomicBoolean RELEASE = new AtomicBoolean();
    private static final CountDownLatch INTERRUPTED = new CountDownLatch(1);

    @TempDir
    Path dir;

    @AfterEach
    void releaseAbandonedReaders() {
        RELEASE.set(true);
    }

    /** Types files by their extension: {@code .spin}, {@code .sleep}, {@code .oom}, {@code .link}. */
    private static final class ByExtension implements MediaTypeDetector {
        @Override
        public Optional<String> detect(Path file, String name) {
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1);
            return List.of("spin", "sleep", "oom", "link").contains(extension)
                    ? Optional.of("application/x-" + extension) : Optional.empty();
        }

        @Override
        public int priority() {
            return 10;
        }
    }

    /** Misbehaves as its type says. */
    private static final class BadReader implements ArticleReader {
        @Override
        public String name() {
            return "bad";
        }

        @Override
        public boolean reads(String mediaType) {
            return mediaType.startsWith("application/x-");
        }

        @Override
        public Document read(Path file, Capture capture) {
            switch (capture.mediaType()) {
                case "application/x-spin" -> {
                    // Deaf to interruption, as a parser in a tight loop is; ends only when the test ends.
                    while (!RELEASE.get()) {
                        Thread.onSpinWait();
                    }
                }
                case "application/x-sleep" -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        INTERRUPTED.countDown();
                    }
                }
                case "application/x-oom" -> throw new OutOfMemoryError("Java heap space");
                default -> throw new NoClassDefFoundError("org/example/Missing");
            }
            throw new IllegalStateException("stopped");
        }
    }

    private final Verbatim verbatim = Verbatim.builder().serviceLoader(false)
            .detector(new ByExtension()).reader(new BadReader()).build();

    @Test
    void aReaderThatHangsOrRunsOutOfMemoryFailsAloneAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Seeds.seed("000"), in.resolve("a.txt"));
        Files.writeString(in.resolve("b.spin"), "b.spin");
        Files.writeString(in.resolve("c.sleep"), "c.sleep");
        Files.writeString(in.resolve("d.oom"), "d.oom");
        Files.writeString(in.resolve("e.link"), "e.link");
        Files.copy(Seeds.seed("001"), in.resolve("f.txt"));
        Path out = dir.resolve("bag");
        long start = System.nanoTime();

        BundleResult result = verbatim.bundle(List.of(in), out,
                BundleOptions.defaults().withReadTimeout(Duration.ofMillis(500)));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(result.articles()).hasSize(2);
        long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertThat(result.failures()).extracting(f -> Path.of(f.location()).getFileName().toString(), Failure::reason)
                .containsExactly(
                        tuple("b.spin", "read timed out after 0.5 s (the reader was interrupted and left to end on its own)"),
                        tuple("c.sleep", "read timed out after 0.5 s (the reader was interrupted and left to end on its own)"),
                        tuple("d.oom", "ran out of memory while reading it (the Java heap holds at most " + heap
                                + " MiB; a larger -Xmx may read it)"),
                        tuple("e.link", "reading failed: java.lang.NoClassDefFoundError: org/example/Missing"));
        assertThat(INTERRUPTED.await(10, TimeUnit.SECONDS)).as("the abandoned reader was interrupted").isTrue();
        assertThat(verbatim.verify(out).valid()).isTrue();
    }

    @Test
    void theDefaultLimitIsOneMinuteAndMustBePositive() {
        assertThat(BundleOptions.defaults().readTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(BundleOptions.defaults().fetchTimeout()).isEqualTo(Duration.ofSeconds(60));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BundleOptions.defaults().withReadTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
