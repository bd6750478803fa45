package io.github.verbatim.collection;

/**
 * Splits quotation text into words as clustering compares them: letters and digits, lower-cased;
 * apostrophes inside a word and separators inside a number dropped ({@code we’ve} and
 * {@code we've} are {@code weve}, {@code 1,000} is {@code 1000}); every other character (quote
 * marks, dashes, punctuation, white space, emoji) separates words. Links ({@code https://…},
 * {@code www.…}) are not words. Each Han, Hiragana or Katakana character is a word of its own, as
 * those scripts write no spaces. An ellipsis ({@code …} or {@code ...}) between two words is
 * reported as a cut before the second.
 */
final class Words {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Words() {
    }

    /** Receives the words of a text in order. */
    interface Sink {
        /**
         * One word.
         *
         * @param hash the 64-bit hash of the word's normalized form
         * @param start its first UTF-16 char in the text
         * @param end the char after it
         * @param cutBefore whether an ellipsis stands between it and the word before
         */
        void word(long hash, int start, int end, boolean cutBefore);
    }

    /** Calls the sink for every word of {@code text}. */
    static void scan(String text, Sink sink) {
        int n = text.length();
        int i = 0;
        boolean cut = false;
        int dots = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) || isApostrophe(cp)) {
                if (cp == '…') {
                    cut = true;
                } else if (cp == '.') {
                    if (++dots == 3) {
                        cut = true;
                    }
                    i++;
                    continue;
                } else if (cp == ' ' && dots > 0) {
                    // ". . ." keeps counting
                    i++;
                    continue;
                }
                dots = 0;
                i += Character.charCount(cp);
                continue;
            }
            dots = 0;
            if (startsLink(text, i)) {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            int start = i;
            if (isIdeographic(cp)) {
                i += Character.charCount(cp);
                sink.word(finish(step(FNV_OFFSET, cp)), start, i, cut);
                cut = false;
                continue;
            }
            long h = FNV_OFFSET;
            while (i < n) {
                cp = text.codePointAt(i);
                int width = Character.charCount(cp);
                if (isApostrophe(cp)) {
                    if (i + width < n && Character.isLetter(text.codePointAt(i + width))
                            && Character.isLetter(text.codePointBefore(i))) {
                        i += width;
                        continue;
                    }
                    break;
                } else if (Character.isLetterOrDigit(cp) && !isIdeographic(cp)) {
                    h = step(h, cp);
                    i += width;
                } else if (isMark(cp)) {
                    i += width;
                } else if ((cp == ',' || cp == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1))
                        && Character.isDigit(text.charAt(i - 1))) {
                    i++;
                } else {
                    break;
                }
            }
            sink.word(finish(h), start, i, cut);
            cut = false;
        }
    }

    /** Returns the normalized form of the word at chars {@code [start, end)} of {@code text}. */
    static String normalized(String text, int start, int end) {
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) && !isApostrophe(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Returns the hash {@link #scan} gives the normalized word {@code word}. */
    static long hash(String word) {
        long h = FNV_OFFSET;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            h = step(h, cp);
            i += Character.charCount(cp);
        }
        return finish(h);
    }

    private static long step(long h, int cp) {
        return (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
    }

    /** Murmur3's finalizer, so that nearby words spread over a hash table. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == 'ʼ' || cp == '‘';
    }

    private static boolean isIdeographic(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    private static boolean startsLink(String text, int i) {
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4);
    }
}
