package io.github.verbatim.usage;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program the tests run as a subprocess: pandoc, Chromium. Where it is not installed the test is
 * skipped with a message saying so, except under CI ({@code CI=true}), where {@code .ci/run}
 * installs it and its absence is a failure.
 */
final class ExternalTool {

    /** What a run printed and how it ended. */
    record Result(int exitCode, String out, String err) {
    }

    private final Path executable;

    private ExternalTool(Path executable) {
        this.executable = executable;
    }

    /** Returns the first of the named programs on the PATH, or skips the test (fails it under CI). */
    static ExternalTool require(String why, String... names) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return new ExternalTool(candidate);
                }
            }
        }
        String message = String.join(" or ", names) + " is not installed (" + why + "); .ci/run installs it";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + ", but under CI it is missing");
        }
        assumeThat(false).as(message).isTrue();
        throw new AssertionError("unreachable");
    }

    /** Runs the program with arguments, feeding {@code stdin}, and waits at most {@code seconds}. */
    Result run(String stdin, long seconds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("verbatim-tool-", ".out");
        Path err = Files.createTempFile("verbatim-tool-", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(executable + " did not finish within " + seconds + " s");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
