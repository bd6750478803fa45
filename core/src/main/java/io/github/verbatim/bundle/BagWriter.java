package io.github.verbatim.bundle;

import io.github.verbatim.capture.Checksums;
import io.github.verbatim.capture.ChecksummingCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes the files of a BagIt 1.0 bag (RFC 8493) into a directory: payload under {@code data/},
 * then the tag files — {@code bagit.txt}, {@code bag-info.txt}, payload manifests for SHA-512 and
 * SHA-256, and tag manifests for both.
 */
final class BagWriter {

    static final String BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    private final Path root;
    private final Map<String, Checksums> payload = new TreeMap<>();

    BagWriter(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Records a payload file already written at {@code path} (relative, starting {@code data/}). */
    void addPayload(String path, Checksums checksums) {
        if (!path.startsWith("data/")) {
            throw new IllegalArgumentException("payload outside data/: " + path);
        }
        payload.put(path, checksums);
    }

    /** Writes a payload file and records it. */
    void writePayload(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW);
        addPayload(path, ChecksummingCopy.of(bytes));
    }

    /**
     * Writes the tag files.
     *
     * @param baggingDate the Bagging-Date
     * @param description the External-Description
     * @param agent the Bag-Software-Agent
     * @throws IOException if a file cannot be written
     */
    void finish(LocalDate baggingDate, String description, String agent) throws IOException {
        long bytes = payload.values().stream().mapToLong(Checksums::size).sum();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Bagging-Date", baggingDate.toString());
        info.put("Payload-Oxum", bytes + "." + payload.size());
        info.put("Bag-Software-Agent", agent);
        info.put("External-Description", description);
        StringBuilder bagInfo = new StringBuilder();
        info.forEach((k, v) -> bagInfo.append(k).append(": ").append(v.replace('\n', ' ')).append('\n'));

        Map<String, Checksums> tags = new TreeMap<>();
        tags.put("bagit.txt", writeTag("bagit.txt", BAGIT_TXT));
        tags.put("bag-info.txt", writeTag("bag-info.txt", bagInfo.toString()));
        tags.put("manifest-sha512.txt", writeTag("manifest-sha512.txt", manifest(payload, Checksums::sha512)));
        tags.put("manifest-sha256.txt", writeTag("manifest-sha256.txt", manifest(payload, Checksums::sha256)));
        writeTag("tagmanifest-sha512.txt", manifest(tags, Checksums::sha512));
        writeTag("tagmanifest-sha256.txt", manifest(tags, Checksums::sha256));
    }

    private Checksums writeTag(String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(root.resolve(name), bytes, StandardOpenOption.CREATE_NEW);
        return ChecksummingCopy.of(bytes);
    }

    private static String manifest(Map<String, Checksums> files, Function<Checksums, String> digest) {
        StringBuilder out = new StringBuilder();
        files.forEach((path, sums) -> out.append(digest.apply(sums)).append("  ").append(ManifestPath.encode(path)).append('\n'));
        return out.toString();
    }
}
