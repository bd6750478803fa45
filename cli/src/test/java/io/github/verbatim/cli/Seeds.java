package io.github.verbatim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The seed corpus, {@code examples/corpus}: five real articles, UTF-8 with {@code \n} line ends. */
final class Seeds {

    /** The corpus folder, relative to the module folder that tests run in. */
    static final Path DIR = Path.of("../examples/corpus");

    private Seeds() {
    }

    /** Returns the five seed files in name order, as paths under {@link #DIR}. */
    static List<Path> files() {
        try (Stream<Path> list = Files.list(DIR)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            if (files.size() != 5) {
                throw new IllegalStateException("expected the five seed articles in " + DIR.toAbsolutePath()
                        + ", found " + files);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the seed whose file name starts with {@code prefix}, such as {@code 004_}. */
    static Path file(String prefix) {
        return files().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** Returns the slash-separated form of a path, as Verbatim records input locations. */
    static String location(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** Returns the hex SHA-256 of a file's bytes. */
    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the hex SHA-256 of bytes. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
