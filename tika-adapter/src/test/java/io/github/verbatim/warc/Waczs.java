package io.github.verbatim.warc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes WACZ files for tests: WARC files stored under {@code archive/}, a datapackage.json, a pages list. */
final class Waczs {

    private Waczs() {
    }

    static void write(Path wacz, Map<String, Path> warcs) throws IOException {
        try (OutputStream file = Files.newOutputStream(wacz); ZipOutputStream zip = new ZipOutputStream(file)) {
            stored(zip, "datapackage.json", "{\"profile\": \"data-package\", \"wacz_version\": \"1.1.1\"}"
                    .getBytes(StandardCharsets.UTF_8));
            stored(zip, "pages/pages.jsonl", "{\"format\": \"json-pages-1.0\", \"id\": \"pages\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, Path> warc : new TreeMap<>(warcs).entrySet()) {
                stored(zip, warc.getKey(), Files.readAllBytes(warc.getValue()));
            }
        }
    }

    /** WACZ stores its WARC files uncompressed, so that replay tools can seek in them. */
    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
