package io.github.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.verbatim.SoftwareAgent;
import io.github.verbatim.Verbatim;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class VerbatimCommandTest {

    private static final Supplier<Verbatim> BROKEN = () -> {
        throw new IllegalStateException("boom");
    };

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"", "bundle", "extract", "verify"})
    void helpDescribesTheCommandAndListsItsExitCodes(String command) {
        Cli.Run run = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.outLines();
        assertThat(lines.get(0)).isNotBlank();
        assertThat(lines).contains("Exit codes:");
        List<String> codes = switch (command) {
            case "" -> List.of("0", "1", "2", "3", "4");
            case "bundle" -> List.of("0", "1", "2", "4");
            case "extract" -> List.of("0", "1", "2", "4");
            default -> List.of("0", "2", "3", "4");
        };
        List<String> listed = lines.subList(lines.indexOf("Exit codes:") + 1, lines.size()).stream()
                .filter(line -> line.matches("  \\d   \\S.*"))
                .map(line -> line.substring(2, 3))
                .toList();
        assertThat(listed).containsExactlyElementsOf(codes);
    }

    @Test
    void libraryLoggingGoesToSlf4jNeverToStdout() {
        // POI (inside Tika) logs with the Log4j API; with no provider, Log4j prints a complaint on
        // stdout, in the middle of `verbatim extract`'s JSON.
        assertThat(org.apache.logging.log4j.LogManager.getContext(false).getClass().getName())
                .isEqualTo("org.apache.logging.slf4j.SLF4JLoggerContext");
    }

    @Test
    void helpListsTheSubcommands() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.outLines()).contains(
                "  bundle   Write a citation bundle (a BagIt bag) from files, folders and URLs.",
                "  extract  Print one input's article as JSON or text.",
                "  verify   Check that a bundle is complete and unchanged.");
    }

    @Test
    void printsTheVersionOfTheBuild() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsExactly("verbatim " + SoftwareAgent.VERSION);
        assertThat(SoftwareAgent.VERSION).isNotEqualTo("unknown");
    }

    @Test
    void exitsTwoWithoutACommand() {
        Cli.Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "verbatim: missing command: bundle, extract, verify, cite or quotes",
                "Try 'verbatim --help' for more information.");
    }

    @Test
    void exitsTwoForAnUnknownCommandAndSuggestsTheNearestOne() {
        Cli.Run run = Cli.run("bundel", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().asString().startsWith("verbatim: Unmatched arguments from index 0");
        assertThat(run.errLines()).contains("Did you mean: verbatim bundle?");
    }

    @Test
    void reportsAnUnexpectedErrorInOneLineAndExitsFour() {
        Cli.Run run = Cli.run(VerbatimCommand.commandLine(new VerbatimCommand(BROKEN)),
                "extract", Seeds.file("000_").toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "verbatim: unexpected error: java.lang.IllegalStateException: boom"
                        + " (run with --debug for the stack trace)");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void printsTheStackTraceOfAnUnexpectedErrorWithDebug(boolean beforeTheCommand) {
        String[] args = beforeTheCommand
                ? new String[] {"--debug", "verify", tmp.toString()}
                : new String[] {"verify", "--debug", tmp.toString()};

        Cli.Run run = Cli.run(VerbatimCommand.commandLine(new VerbatimCommand(BROKEN)), args);

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).first().isEqualTo("verbatim: unexpected error:");
        assertThat(run.errLines()).contains("java.lang.IllegalStateException: boom");
        assertThat(run.errLines()).anyMatch(line -> line.startsWith("\tat io.github.verbatim.cli."));
    }

    @Test
    void givesTheSameExitCodesOnAPlainCommandLine() {
        Path bag = tmp.resolve("bag.zip");

        assertThat(Cli.run(new CommandLine(new VerbatimCommand()),
                "bundle", Seeds.DIR.toString(), "--out", bag.toString()).exitCode()).isZero();
        assertThat(Cli.run(new CommandLine(new VerbatimCommand()),
                "bundle", Seeds.DIR.toString(), "--out", bag.toString()).exitCode()).isEqualTo(2);
        assertThat(Cli.run(new CommandLine(new VerbatimCommand()),
                "bundle", Seeds.DIR.toString(), tmp.resolve("missing").toString(), "--out", tmp.resolve("b").toString())
                .exitCode()).isEqualTo(1);
        assertThat(Cli.run(new CommandLine(new VerbatimCommand()), "verify", bag.toString()).exitCode()).isZero();
        assertThat(Cli.run(new CommandLine(new VerbatimCommand()), "verify", Seeds.DIR.toString()).exitCode())
                .isEqualTo(3);
        assertThat(Cli.run(new CommandLine(new VerbatimCommand(BROKEN)), "verify", bag.toString()).exitCode())
                .isEqualTo(4);
    }
}
