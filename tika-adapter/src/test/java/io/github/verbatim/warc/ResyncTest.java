package io.github.verbatim.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the next record after a damaged one. */
class ResyncTest {

    @TempDir
    Path dir;

    @Test
    void findsTheNextRecordStartAtALineStartOnly() throws Exception {
        Path file = Files.writeString(dir.resolve("a.warc"), "WARC/1.0\r\nbroken\r\nsee WARC/1.0 here\r\nWARC/1.1\r\n",
                StandardCharsets.US_ASCII);
        long second = "WARC/1.0\r\nbroken\r\nsee WARC/1.0 here\r\n".length();
        assertThat(Resync.after(file, 0, false)).isEqualTo(second);
        assertThat(Resync.after(file, second, false)).isEqualTo(-1);
    }

    @Test
    void findsTheNextGzipMemberThatHoldsARecord() throws Exception {
        Path file = dir.resolve("a.warc.gz");
        List<Long> offsets = WarcInputTest.threePages().write(file, true);
        assertThat(Resync.after(file, offsets.get(1), true)).isEqualTo(offsets.get(2));
        assertThat(Resync.after(file, offsets.get(3), true)).isEqualTo(-1);
    }
}
