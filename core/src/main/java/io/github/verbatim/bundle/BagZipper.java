package io.github.verbatim.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Serializes a bag directory as a zip file whose single top-level folder has the zip's base name
 * (RFC 8493, section 4.2). Entries are in name order with one timestamp, so the same bag gives the
 * same zip.
 */
final class BagZipper {

    private BagZipper() {
    }

    static void zip(Path bag, Path zipFile, Instant time) throws IOException {
        String top = bag.getFileName().toString();
        FileTime fileTime = FileTime.from(time);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bag)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zipFile, StandardOpenOption.CREATE_NEW);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                String name = top + "/" + bag.relativize(file).toString().replace('\\', '/');
                ZipEntry entry = new ZipEntry(name);
                entry.setLastModifiedTime(fileTime);
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }
}
