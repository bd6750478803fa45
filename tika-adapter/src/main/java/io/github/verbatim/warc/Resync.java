package io.github.verbatim.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Finds where the next record starts after a damaged one, so the rest of a file is still read: in
 * a WARC file, a line starting {@code WARC/} and a version; in a gzip-compressed one, a gzip
 * member whose content starts so.
 */
final class Resync {

    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private Resync() {
    }

    /**
     * Returns the offset of the first record start after {@code from}.
     *
     * @param file the WARC file
     * @param from the offset of the damaged record
     * @param gzip whether the file is compressed record by record
     * @return the offset, or -1 if no record starts after it
     * @throws IOException if the file cannot be read
     */
    static long after(Path file, long from, boolean gzip) throws IOException {
        long candidate = from;
        while (true) {
            candidate = gzip ? next(file, candidate + 1, new byte[] {0x1f, (byte) 0x8b, 8}, false)
                    : next(file, candidate + 1, MAGIC, true);
            if (candidate < 0 || !gzip || startsWithRecord(file, candidate)) {
                return candidate;
            }
        }
    }

    /** Returns the offset of the next {@code marker} at or after {@code from} (at a line start if asked), or -1. */
    private static long next(Path file, long from, byte[] marker, boolean lineStart) throws IOException {
        long begin = Math.max(0, from - 1);
        try (FileChannel channel = FileChannel.open(file)) {
            channel.position(begin);
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
            int n = marker.length;
            byte[] last = new byte[n + 1];
            long read = 0;
            int b;
            while ((b = in.read()) >= 0) {
                System.arraycopy(last, 1, last, 0, n);
                last[n] = (byte) b;
                read++;
                long start = begin + read - n;
                if (read >= n && start >= from && Arrays.equals(last, 1, n + 1, marker, 0, n)
                        && (!lineStart || start == 0 || last[0] == '\n')) {
                    return start;
                }
            }
            return -1;
        }
    }

    /** Returns whether a gzip member starts at {@code offset} and its content starts {@code WARC/}. */
    private static boolean startsWithRecord(Path file, long offset) {
        try (FileChannel channel = FileChannel.open(file)) {
            channel.position(offset);
            try (InputStream in = new GZIPInputStream(Channels.newInputStream(channel))) {
                return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
            }
        } catch (IOException e) {
            return false;
        }
    }
}
