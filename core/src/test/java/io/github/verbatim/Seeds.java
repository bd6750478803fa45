package io.github.verbatim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The seed corpus (examples/corpus): five real articles about one event from five outlets. */
public final class Seeds {

    private Seeds() {
    }

    /** Returns the corpus folder. */
    public static Path dir() {
        return Path.of(System.getProperty("verbatim.seeds", "../examples/corpus"));
    }

    /** Returns one seed by its number prefix, such as {@code "003"}. */
    public static Path seed(String number) {
        return files().stream().filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed " + number + " in " + dir()));
    }

    /** Returns the five seed files in name order. */
    public static List<Path> files() {
        try (Stream<Path> list = Files.list(dir())) {
            return list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the file's text, read as UTF-8. */
    public static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the lower-case hex SHA-256 of the file's bytes, computed here independently. */
    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
