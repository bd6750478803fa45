package io.github.verbatim.capture;

/**
 * The checksums and size of some bytes.
 *
 * @param sha256 lower-case hex SHA-256
 * @param sha512 lower-case hex SHA-512
 * @param size number of bytes
 */
public record Checksums(String sha256, String sha512, long size) {
}
