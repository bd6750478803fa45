package io.github.verbatim.text;

/**
 * What a pass over bytes finds of UTF-8: how many well-formed multi-byte sequences and how many
 * invalid ones (overlong forms, surrogates and truncated sequences count as invalid). Tells UTF-8
 * with a few broken bytes from text in a single-byte encoding.
 *
 * @param validMultiByte well-formed sequences of two to four bytes
 * @param invalid invalid sequences
 * @param firstInvalid index of the first invalid byte, or -1 if none
 */
public record Utf8Scan(int validMultiByte, int invalid, long firstInvalid) {

    /**
     * Scans the bytes.
     *
     * @param bytes the bytes
     * @return the counts
     */
    public static Utf8Scan of(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        long first = -1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                if (invalid++ == 0) {
                    first = i;
                }
                i++;
                continue;
            }
            int cp = b & (0x3F >> need);
            int j = 1;
            while (j <= need && i + j < bytes.length && (bytes[i + j] & 0xC0) == 0x80) {
                cp = (cp << 6) | (bytes[i + j] & 0x3F);
                j++;
            }
            if (j <= need || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                if (invalid++ == 0) {
                    first = i;
                }
                i += j;
            } else {
                valid++;
                i += need + 1;
            }
        }
        return new Utf8Scan(valid, invalid, first);
    }
}
