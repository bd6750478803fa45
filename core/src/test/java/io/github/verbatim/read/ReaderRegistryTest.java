package io.github.verbatim.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.verbatim.Verbatim;
import io.github.verbatim.model.Capture;
import io.github.verbatim.model.ReaderReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderRegistryTest {

    @TempDir
    Path dir;

    private final ReaderRegistry core = ReaderRegistry.of(List.of(), List.of());

    @Test
    void basicDetectorReadsMagicNumbersBeforeNames() throws Exception {
        assertThat(core.detect(write("a.txt", "%PDF-1.7\n"), "a.txt")).isEqualTo("application/pdf");
        assertThat(core.detect(write("page", "\uFEFF  <!DOCTYPE html><html>"), "page")).isEqualTo("text/html");
        assertThat(core.detect(write("r.doc", "{\\rtf1\\ansi hi}"), "r.doc")).isEqualTo("application/rtf");
        assertThat(core.detect(write("x.warc", "WARC/1.1\r\n"), "x.warc")).isEqualTo("application/warc");
        assertThat(core.detect(write("notes.TXT", "plain words"), "notes.TXT")).isEqualTo("text/plain");
        assertThat(core.detect(write("README", "plain words"), "README")).isEqualTo("text/plain");
        Path binary = dir.resolve("blob");
        Files.write(binary, new byte[] {1, 0, 2, 0});
        assertThat(core.detect(binary, "blob")).isEqualTo("application/octet-stream");
    }

    @Test
    void coreAloneReadsPlainTextAndNamesTheAdapterForOtherTypes() throws Exception {
        assertThat(core.readerFor("text/plain")).get().extracting(ArticleReader::name).isEqualTo("plain-text");
        assertThat(core.readerFor("application/pdf")).isEmpty();
        Path pdf = write("report.pdf", "%PDF-1.4\n%fake");
        assertThatThrownBy(() -> Verbatim.builder().serviceLoader(false).build().extract(pdf))
                .isInstanceOf(ReadException.class)
                .hasMessage(pdf + ": no reader for media type application/pdf (verbatim-tika-adapter reads it; is it on the class path?)");
    }

    @Test
    void higherPriorityWinsAndTheCoreReaderComesLast() {
        ArticleReader loud = new FakeReader("loud", 10);
        ArticleReader quiet = new FakeReader("quiet", -5);
        ReaderRegistry registry = ReaderRegistry.of(List.of(quiet, loud), List.of());
        assertThat(registry.readers()).extracting(ArticleReader::name).containsExactly("loud", "plain-text", "quiet");
        assertThat(registry.readerFor("text/plain")).get().extracting(ArticleReader::name).isEqualTo("loud");
    }

    @Test
    void aCrashingReaderBecomesAReadExceptionNamingTheInput() throws Exception {
        ArticleReader crashing = new FakeReader("crashing", 100) {
            @Override
            public Document read(Path file, Capture capture) {
                throw new IllegalStateException("boom");
            }
        };
        Path file = write("a.txt", "Some text.");
        Verbatim verbatim = Verbatim.builder().serviceLoader(false).reader(crashing).build();
        assertThatThrownBy(() -> verbatim.extract(file))
                .isInstanceOf(ReadException.class)
                .hasMessage(file + ": the crashing reader failed: java.lang.IllegalStateException: boom");
    }

    @Test
    void aStackOverflowInAReaderBecomesAReadException() throws Exception {
        ArticleReader deep = new FakeReader("deep", 100) {
            @Override
            public Document read(Path file, Capture capture) {
                return recurse(0);
            }

            private Document recurse(int depth) {
                return depth < Integer.MAX_VALUE ? recurse(depth + 1) : null;
            }
        };
        Path file = write("a.txt", "Some text.");
        assertThatThrownBy(() -> Verbatim.builder().serviceLoader(false).reader(deep).build().extract(file))
                .isInstanceOf(ReadException.class)
                .hasMessage(file + ": the deep reader ran out of stack (input nested too deeply)");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static class FakeReader implements ArticleReader {
        private final String name;
        private final int priority;

        FakeReader(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean reads(String mediaType) {
            return true;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public Document read(Path file, Capture capture) {
            return new Document("text", List.of(), List.of(), new ReaderReport(name, "text/plain", null, List.of()));
        }
    }

}
