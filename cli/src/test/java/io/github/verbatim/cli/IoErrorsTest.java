package io.github.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void givesTheReasonAloneForAFailureOfTheSubject() {
        assertThat(IoErrors.describe(new NoSuchFileException("a.txt"), "a.txt")).isEqualTo("no such file or folder");
        assertThat(IoErrors.describe(new AccessDeniedException("a.txt"), "a.txt")).isEqualTo("permission denied");
        assertThat(IoErrors.describe(new FileSystemException("a.txt", null, "No space left on device"), "a.txt"))
                .isEqualTo("No space left on device");
    }

    @Test
    void namesAnotherFileThatFailed() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");

        assertThat(IoErrors.describe(new FileAlreadyExistsException(file.toString()), "out"))
                .isEqualTo(file + ": exists and is not a folder");
        assertThat(IoErrors.describe(new FileAlreadyExistsException(tmp.toString()), "out"))
                .isEqualTo(tmp + ": already exists");
        assertThat(IoErrors.describe(new AccessDeniedException("/srv"), "/srv/out.zip"))
                .isEqualTo("/srv: permission denied");
    }

    @Test
    void describesTheCauseOfAWrappedFailure() {
        IOException wrapped = new IOException("a.txt: no such file (it vanished or never existed)",
                new NoSuchFileException("a.txt"));

        assertThat(IoErrors.describe(wrapped, "a.txt")).isEqualTo("no such file or folder");
    }

    @Test
    void dropsTheSubjectFromAPlainMessageThatStartsWithIt() {
        assertThat(IoErrors.describe(new IOException("b.zip: neither a bag directory nor a zip file"), "b.zip"))
                .isEqualTo("neither a bag directory nor a zip file");
        assertThat(IoErrors.describe(new IOException("disk on fire"), "b.zip")).isEqualTo("disk on fire");
        assertThat(IoErrors.describe(new IOException(), "b.zip")).isEqualTo("IOException");
    }
}
