package io.github.verbatim.capture;

import java.nio.file.Path;

/**
 * A file to capture.
 *
 * @param path where to read it
 * @param location the path as the user would name it: as given, or the given folder joined with
 *     the path inside it, with {@code /} separators
 */
public record InputFile(Path path, String location) implements ScannedInput {
}
