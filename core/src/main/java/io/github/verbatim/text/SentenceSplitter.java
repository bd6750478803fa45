package io.github.verbatim.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences: after {@code .}, {@code !}, {@code ?} or {@code …} (with any closing
 * quote or bracket) followed by white space and a capital, a digit or an opening quote or bracket.
 * Good enough to tell one sentence's subject from the next; not a linguistic splitter. Linear in
 * the text's length.
 */
public final class SentenceSplitter {

    private static final String CLOSERS = "\"”’')]";
    private static final String OPENERS = "\"“‘'(";
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof",
            "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Maj", "Rep", "Sen", "Gov", "Rev",
            "Fr", "Hon", "Inc", "Co", "Corp", "Ltd", "No", "vs", "Vol", "Fig", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Ave", "Blvd");

    private SentenceSplitter() {
    }

    /**
     * Returns the sentences of {@code text[from, to)}.
     *
     * @param text the text
     * @param from first UTF-16 index
     * @param to index after the last
     * @return {@code [start, end)} UTF-16 ranges without surrounding white space, in order
     */
    public static List<int[]> split(CharSequence text, int from, int to) {
        List<int[]> sentences = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            if (!isEnd(text.charAt(i)) || i > from && isEnd(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && j - i < 8 && isEnd(text.charAt(j))) {
                j++;
            }
            int closers = 0;
            while (j < to && closers < 4 && CLOSERS.indexOf(text.charAt(j)) >= 0) {
                j++;
                closers++;
            }
            int spaceStart = j;
            while (j < to && j - spaceStart < 16 && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j > spaceStart && j < to && startsSentence(text.charAt(j)) && !abbreviationBefore(text, from, i)) {
                add(sentences, text, start, j);
                start = j;
            }
            i = Math.max(i + 1, spaceStart);
        }
        add(sentences, text, start, to);
        return sentences;
    }

    /**
     * Whether the full stop at {@code dot} ends an abbreviation or an initial rather than a sentence:
     * "Mr.", "Dr.", "U.S.", "J." — so "Mr. Sondland" stays one sentence.
     */
    private static boolean abbreviationBefore(CharSequence text, int from, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int k = dot;
        while (k > from && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.subSequence(k, dot).toString();
        if (word.isEmpty()) {
            return false;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || word.indexOf('.') >= 0 || ABBREVIATIONS.contains(word);
    }

    private static boolean isEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private static void add(List<int[]> sentences, CharSequence text, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            sentences.add(new int[] {a, b});
        }
    }
}
