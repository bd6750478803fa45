package io.github.verbatim.social;

import io.github.verbatim.text.Keywords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds URLs in running text: anything after {@code http://} or {@code https://}, and links to the
 * known platforms written without a scheme ({@code instagram.com/p/…}), up to white space or a
 * character URLs do not contain; closing punctuation that ends the sentence is left out.
 *
 * <p>The pattern has no nested or overlapping quantifiers, so finding is linear in the text.
 */
final class TextUrls {

    /** URLs longer than this are not read as posts (no post URL comes close). */
    static final int MAX_LENGTH = 4096;

    /** Without "http" or a platform's domain, no URL can match. */
    private static final Keywords MAY_HOLD_URL = Keywords.ofAnyCase("http", "instagram.com", "instagr.am", "twitter.com",
            "x.com", "facebook.com", "fb.watch", "tiktok.com", "youtube.com", "youtu.be", "threads.net", "threads.com",
            "bsky.app");
    private static final Pattern URL = Pattern.compile(
            "(?<![\\p{L}\\p{N}@._/-])"
            + "(?:https?://|(?=(?:www\\.|m\\.|mobile\\.)?(?:instagram\\.com|instagr\\.am|twitter\\.com|x\\.com"
            + "|facebook\\.com|fb\\.watch|tiktok\\.com|vm\\.tiktok\\.com|youtube\\.com|youtu\\.be|threads\\.net"
            + "|threads\\.com|bsky\\.app)/))"
            + "[^\\s<>\"“”‘’«»\\[\\]{}|\\\\^`]++",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final String TRAILING = ".,;:!?'’\"”»)]}>*…";

    private TextUrls() {
    }

    /**
     * Finds the URLs in {@code text[from, to)}.
     *
     * @param text the text
     * @param from first UTF-16 index to search
     * @param to index after the last one to search
     * @return {@code [start, end)} UTF-16 ranges of each URL, in order
     */
    static List<int[]> find(String text, int from, int to) {
        List<int[]> found = new ArrayList<>();
        if (!MAY_HOLD_URL.anyIn(text, from, to)) {
            return found;
        }
        Matcher m = URL.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start();
            int end = trimEnd(text, start, m.end());
            if (end - start <= MAX_LENGTH) {
                found.add(new int[] {start, end});
            }
        }
        return found;
    }

    /** Leaves out closing punctuation; a closing parenthesis stays when it closes one the URL opened. */
    private static int trimEnd(String text, int start, int end) {
        int depth = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        int e = end;
        while (e > start && TRAILING.indexOf(text.charAt(e - 1)) >= 0) {
            if (text.charAt(e - 1) == ')') {
                if (depth >= 0) {
                    break;
                }
                depth++;
            }
            e--;
        }
        return e;
    }
}
