package io.github.verbatim.capture;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Copies bytes unchanged while computing their SHA-256 and SHA-512 in the same pass, so a
 * capture reads its input once and its checksums describe exactly the bytes kept.
 */
public final class ChecksummingCopy {

    private static final int BUFFER = 64 * 1024;

    private ChecksummingCopy() {
    }

    /**
     * Copies {@code source} to a new file {@code target}.
     *
     * @param source the file to capture
     * @param target where to write the copy; must not exist
     * @return the checksums of the bytes copied
     * @throws IOException if the source cannot be read or the target written
     */
    public static Checksums copy(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source);
                OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            return copy(in, out);
        }
    }

    /**
     * Copies a stream to another, or only hashes it when {@code out} is null.
     *
     * @param in the bytes
     * @param out where to copy them, or null
     * @return the checksums of the bytes read
     * @throws IOException if reading or writing fails
     */
    public static Checksums copy(InputStream in, @org.jspecify.annotations.Nullable OutputStream out)
            throws IOException {
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest sha512 = digest("SHA-512");
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            sha256.update(buffer, 0, n);
            sha512.update(buffer, 0, n);
            if (out != null) {
                out.write(buffer, 0, n);
            }
            size += n;
        }
        return new Checksums(HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(sha512.digest()), size);
    }

    /** Returns the checksums of bytes in memory. */
    public static Checksums of(byte[] bytes) {
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest sha512 = digest("SHA-512");
        return new Checksums(HexFormat.of().formatHex(sha256.digest(bytes)), HexFormat.of().formatHex(sha512.digest(bytes)),
                bytes.length);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
