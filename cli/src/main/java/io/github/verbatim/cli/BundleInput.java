package io.github.verbatim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tells a bundle (a bag folder or a .zip) from a file to read. */
final class BundleInput {

    private BundleInput() {
    }

    /** Returns whether the path names a bundle rather than one document: a folder, or a file ending in .zip. */
    static boolean isBundle(Path path) {
        return Files.isDirectory(path) || path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
