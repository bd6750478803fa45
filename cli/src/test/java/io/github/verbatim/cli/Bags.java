package io.github.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Reads and tampers with bags in tests, independently of Verbatim's own code. */
final class Bags {

    static final ObjectMapper JSON = new ObjectMapper();

    private Bags() {
    }

    /** Returns the files of a bag directory, relative and {@code /}-separated. */
    static Set<String> files(Path bag) throws IOException {
        try (Stream<Path> walk = Files.walk(bag)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(f -> files.add(bag.relativize(f).toString().replace('\\', '/')));
            return files;
        }
    }

    /** Returns a zip's entries, name to bytes, in zip order. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> e = file.entries();
            while (e.hasMoreElements()) {
                ZipEntry entry = e.nextElement();
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    /** Rewrites a zip with one entry's bytes changed, every other entry as it was. */
    static void rewriteEntry(Path zip, String name, UnaryOperator<byte[]> change) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        if (!entries.containsKey(name)) {
            throw new IllegalArgumentException("no entry " + name + " in " + entries.keySet());
        }
        entries.put(name, change.apply(entries.get(name)));
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                rewritten.putNextEntry(new ZipEntry(entry.getKey()));
                rewritten.write(entry.getValue());
                rewritten.closeEntry();
            }
        }
    }

    /** Returns the bytes with the bits of one byte inverted. */
    static byte[] flipByte(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] = (byte) ~copy[index];
        return copy;
    }

    /** Parses a JSON document. */
    static JsonNode json(byte[] bytes) throws IOException {
        return JSON.readTree(bytes);
    }

    /** Parses a JSON file. */
    static JsonNode json(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
