package io.github.verbatim.text;

import io.github.verbatim.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into paragraphs.
 *
 * <p>A paragraph is a run of non-blank lines; blank (or whitespace-only) lines separate
 * paragraphs. Text that has no blank line at all but several lines is taken to put one paragraph
 * on each line, as many plain-text exports do. Each span is trimmed of surrounding whitespace.
 */
public final class ParagraphSplitter {

    private ParagraphSplitter() {
    }

    /**
     * Returns the paragraphs of {@code text} from code point {@code from} on.
     *
     * @param text the normalized text
     * @param from the code-point offset where the body starts (after any header lines)
     * @return the paragraph spans in code points, in order
     */
    public static List<Span> split(NormalizedText text, int from) {
        String s = text.text();
        int begin = text.charIndex(from);
        List<int[]> lines = new ArrayList<>();
        int lineStart = begin;
        while (lineStart <= s.length()) {
            int nl = s.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? s.length() : nl;
            int[] trimmed = trim(s, lineStart, lineEnd);
            lines.add(trimmed);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        int first = 0;
        while (first < lines.size() && lines.get(first) == null) {
            first++;
        }
        int last = lines.size() - 1;
        while (last > first && lines.get(last) == null) {
            last--;
        }
        boolean blankLineSeen = lines.subList(first, last + 1).contains(null);
        List<Span> paragraphs = new ArrayList<>();
        int[] current = null;
        for (int[] line : lines) {
            if (line == null) {
                current = flush(text, paragraphs, current);
            } else if (current == null) {
                current = line.clone();
            } else if (blankLineSeen) {
                current[1] = line[1];
            } else {
                flush(text, paragraphs, current);
                current = line.clone();
            }
        }
        flush(text, paragraphs, current);
        return paragraphs;
    }

    private static int[] flush(NormalizedText text, List<Span> paragraphs, int[] current) {
        if (current != null) {
            paragraphs.add(new Span(text.codePointOffset(current[0]), text.codePointOffset(current[1])));
        }
        return null;
    }

    /** Returns the char range of the line without surrounding whitespace, or null if blank. */
    private static int[] trim(String s, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return a == b ? null : new int[] {a, b};
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
