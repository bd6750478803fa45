package io.github.verbatim.warc;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The WARC files of a WACZ file: the entries under {@code archive/}, in name order. */
final class WaczEntries {

    private WaczEntries() {
    }

    /** Returns whether a zip entry's name is a WARC file of a WACZ. */
    static boolean isWarc(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("archive/") && !lower.endsWith("/")
                && (lower.endsWith(".warc") || lower.endsWith(".warc.gz"));
    }

    /** Returns the WARC entries of a WACZ file, in name order. */
    static List<ZipEntry> of(ZipFile zip) {
        return zip.stream().filter(e -> !e.isDirectory() && isWarc(e.getName()))
                .sorted(Comparator.comparing(ZipEntry::getName)).map(ZipEntry.class::cast).toList();
    }
}
