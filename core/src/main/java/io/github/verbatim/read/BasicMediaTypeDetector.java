package io.github.verbatim.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Verbatim's own media-type detector, used when no better one (such as Tika's) is on the class
 * path: a few magic numbers, then the file name's extension, then "text if it has no NUL byte".
 * It always answers.
 */
final class BasicMediaTypeDetector implements MediaTypeDetector {

    private static final int HEAD = 8192;

    @Override
    public Optional<String> detect(Path file, String name) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        String magic = byMagic(head);
        if (magic != null) {
            return Optional.of(magic);
        }
        Optional<String> byName = FileTypes.mediaTypeOf(name);
        if (byName.isPresent()) {
            return byName;
        }
        for (byte b : head) {
            if (b == 0) {
                return Optional.of("application/octet-stream");
            }
        }
        return Optional.of("text/plain");
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    private static String byMagic(byte[] head) {
        if (startsWith(head, "%PDF-")) {
            return "application/pdf";
        }
        if (startsWith(head, "WARC/")) {
            return "application/warc";
        }
        if (startsWith(head, "{\\rtf")) {
            return "application/rtf";
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return "application/gzip";
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "application/zip";
        }
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3).stripLeading();
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return "text/html";
        }
        return null;
    }

    private static boolean startsWith(byte[] head, String magic) {
        if (head.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (head[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
