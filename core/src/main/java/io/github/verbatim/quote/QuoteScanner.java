package io.github.verbatim.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds quotations by their marks, paragraph by paragraph, in one linear pass.
 *
 * <p>What it knows of how people quote:
 * <ul>
 * <li>A mark closes only a quote of its own family (double, single, guillemets, corners), so
 *     {@code ‘…'} and {@code „…“} pair, and a double quote inside a single one is nested.</li>
 * <li>Straight marks and {@code ’} open or close by what surrounds them; between letters
 *     ({@code don't}, {@code Teigen’s}) or before an elided word ({@code '90s}) they are
 *     apostrophes.</li>
 * <li>A mark after a plural {@code s} and before a lower-case word ({@code babies' names}) is a
 *     possessive, not a close, when the quote closes later in the paragraph.</li>
 * <li>A quote of the same family opened inside an open quote is nested; the first close closes
 *     the innermost.</li>
 * <li>A paragraph that ends inside a quote continues it when the next paragraph opens with a mark
 *     of the same family (the reopening mark is not a new quote); the quote closes only at its
 *     end.</li>
 * <li>A quote still open at a paragraph's end that the next paragraph does not continue ends at
 *     the paragraph's end (if a nested quote closed just there, they share that close);
 *     it never runs into the next paragraph.</li>
 * </ul>
 */
final class QuoteScanner {

    /**
     * A quotation found by its marks. Indices are UTF-16 char indices of the text.
     *
     * @param open index of the opening mark
     * @param start index of the first quoted character
     * @param end index after the last quoted character
     * @param close index of the closing mark, or -1 if the quote ended at a paragraph's end unclosed
     * @param parent index in the result list of the quote this one is nested in, or -1
     * @param firstParagraph index of the paragraph the quote opens in
     * @param lastParagraph index of the paragraph the quote ends in
     * @param family the family of its marks
     */
    record Found(int open, int start, int end, int close, int parent, int firstParagraph, int lastParagraph,
            QuoteMark family) {

        boolean unclosed() {
            return close < 0;
        }

        boolean multiParagraph() {
            return lastParagraph > firstParagraph;
        }
    }

    /** Quotes nested deeper than this are not tracked (no text nests quotes this deep; hostile input might). */
    static final int MAX_DEPTH = 8;
    /** How far ahead a possessive looks for the quote's close. */
    private static final int LOOKAHEAD = 4000;

    private static final Pattern ELISION = Pattern.compile("(?i)(?:\\d\\ds?|em|til|tis|twas|cause|n|bout|round)\\b");

    private QuoteScanner() {
    }

    /**
     * Scans the paragraphs.
     *
     * @param s the text
     * @param paragraphs char ranges {@code [start, end)} of the paragraphs, in order
     * @return the quotes in order of their opening marks
     */
    static List<Found> scan(String s, List<int[]> paragraphs) {
        return new Scan(s, paragraphs).run();
    }

    /** One open quote. */
    private static final class Open {
        final QuoteMark family;
        final char mark;
        final int markIndex;
        final int paragraph;
        final Open parent;
        Found found;
        int lastParagraph;

        Open(QuoteMark family, char mark, int markIndex, int paragraph, Open parent) {
            this.family = family;
            this.mark = mark;
            this.markIndex = markIndex;
            this.paragraph = paragraph;
            this.parent = parent;
        }
    }

    private static final class Scan {
        final String s;
        final List<int[]> paragraphs;
        final List<Open> closed = new ArrayList<>();
        final Deque<Open> stack = new ArrayDeque<>();
        /** How many quotes of each family are open on the stack. */
        final int[] openCount = new int[QuoteMark.values().length];

        Scan(String s, List<int[]> paragraphs) {
            this.s = s;
            this.paragraphs = paragraphs;
        }

        List<Found> run() {
            Open carried = null;
            for (int p = 0; p < paragraphs.size(); p++) {
                int ps = paragraphs.get(p)[0];
                int pe = paragraphs.get(p)[1];
                int i = ps;
                if (carried != null) {
                    int j = skipSpace(ps, pe);
                    if (j < pe && QuoteMark.of(s.charAt(j)) == carried.family) {
                        i = j + 1;
                    }
                    push(carried);
                    carried = null;
                }
                int lastCloseInParagraph = -1;
                for (; i < pe; i++) {
                    char c = s.charAt(i);
                    QuoteMark family = QuoteMark.of(c);
                    if (family == null || (family == QuoteMark.SINGLE && isApostrophe(i, ps, pe))) {
                        continue;
                    }
                    char prev = i > ps ? s.charAt(i - 1) : ' ';
                    char next = i + 1 < pe ? s.charAt(i + 1) : ' ';
                    boolean opens = !QuoteMark.onlyCloses(c) && (canOpen(prev, next)
                            || QuoteMark.onlyOpens(c) && !isSpace(next)
                            || c == '«' && !(isSpace(next) && isOpen(family)) && (isSpace(prev) || i == ps));
                    boolean closes = !QuoteMark.onlyOpens(c) && isOpen(family)
                            && (canClose(prev, next) || closingShape(c) && isSpace(prev) && !opens
                                    || c == '»' && isSpace(prev) || QuoteMark.onlyCloses(c))
                            && !(c == '“' && openingOnlyHere(family));
                    Open top = stack.peek();
                    if (closes && opens && !(top != null && top.family == family)) {
                        closes = false;
                    }
                    if (closes && family == QuoteMark.SINGLE && isPossessive(i, p, pe)) {
                        continue;
                    }
                    if (closes) {
                        close(family, i, p);
                        lastCloseInParagraph = i;
                    } else if (opens && stack.size() < MAX_DEPTH) {
                        push(new Open(family, c, i, p, stack.peek()));
                    }
                }
                if (!stack.isEmpty()) {
                    carried = endParagraph(p, ps, pe, lastCloseInParagraph);
                }
            }
            if (carried != null) {
                // The text ended inside a quote that was to continue: it ends where the text does.
                int[] last = paragraphs.get(paragraphs.size() - 1);
                carried.lastParagraph = paragraphs.size() - 1;
                finish(carried, trimEnd(last[0], last[1]), -1);
            }
            return results();
        }

        /** Handles quotes still open at the end of paragraph p; returns the one that continues, if any. */
        private Open endParagraph(int p, int ps, int pe, int lastClose) {
            Open outer = stack.peekLast();
            if (reopens(p + 1, outer.family)) {
                while (!stack.isEmpty()) {
                    pop();
                }
                return outer;
            }
            int end = trimEnd(ps, pe);
            if (lastClose >= 0 && onlyPunctuationBetween(lastClose + 1, end)) {
                // 'So anytime … I'm just like, 'One day … Stop asking me.' — one mark closes both.
                while (!stack.isEmpty()) {
                    Open open = pop();
                    open.lastParagraph = p;
                    finish(open, lastClose, lastClose);
                }
                return null;
            }
            while (stack.size() > 1) {
                pop();
            }
            Open open = pop();
            open.lastParagraph = p;
            if (end > open.markIndex + 1) {
                finish(open, end, -1);
            }
            return null;
        }

        private void close(QuoteMark family, int markIndex, int paragraph) {
            while (!stack.isEmpty()) {
                Open open = pop();
                if (open.family == family) {
                    open.lastParagraph = paragraph;
                    if (markIndex > open.markIndex + 1) {
                        finish(open, markIndex, markIndex);
                    }
                    return;
                }
                // An inner quote of another family left open: dropped.
            }
        }

        private void push(Open open) {
            stack.push(open);
            openCount[open.family.ordinal()]++;
        }

        private Open pop() {
            Open open = stack.pop();
            openCount[open.family.ordinal()]--;
            return open;
        }

        private void finish(Open open, int end, int closeMark) {
            int start = open.markIndex + 1;
            int e = end;
            while (start < e && isSpace(s.charAt(start))) {
                start++;
            }
            while (e > start && isSpace(s.charAt(e - 1))) {
                e--;
            }
            if (e == start) {
                return;
            }
            open.found = new Found(open.markIndex, start, e, closeMark, -1, open.paragraph, open.lastParagraph, open.family);
            closed.add(open);
        }

        private List<Found> results() {
            closed.sort((a, b) -> Integer.compare(a.markIndex, b.markIndex));
            Map<Open, Integer> index = new IdentityHashMap<>();
            for (int k = 0; k < closed.size(); k++) {
                index.put(closed.get(k), k);
            }
            List<Found> out = new ArrayList<>(closed.size());
            for (Open open : closed) {
                Open parent = open.parent;
                while (parent != null && !index.containsKey(parent)) {
                    parent = parent.parent;
                }
                Found f = open.found;
                out.add(new Found(f.open(), f.start(), f.end(), f.close(), parent == null ? -1 : index.get(parent),
                        f.firstParagraph(), f.lastParagraph(), f.family()));
            }
            return out;
        }

        private boolean isOpen(QuoteMark family) {
            return openCount[family.ordinal()] > 0;
        }

        /** A “ closes only a quote opened with the low „ (German style); elsewhere it opens. */
        private boolean openingOnlyHere(QuoteMark family) {
            for (Open open : stack) {
                if (open.family == family) {
                    return open.mark != '„';
                }
            }
            return true;
        }

        private boolean isApostrophe(int i, int ps, int pe) {
            char prev = i > ps ? s.charAt(i - 1) : ' ';
            char next = i + 1 < pe ? s.charAt(i + 1) : ' ';
            if (Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
                return true;
            }
            if (!Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                // '90s, 'em, 'til, 'n': an elision.
                return ELISION.matcher(s).region(i + 1, pe).lookingAt();
            }
            // The second mark of rock 'n' roll.
            return prev == 'n' && i >= ps + 2 && QuoteMark.of(s.charAt(i - 2)) == QuoteMark.SINGLE;
        }

        /**
         * babies' names: a plural possessive, when the quote closes later in the paragraph or goes on
         * into the next one.
         */
        private boolean isPossessive(int i, int p, int pe) {
            if (i == 0 || (s.charAt(i - 1) != 's' && s.charAt(i - 1) != 'S')) {
                return false;
            }
            if (i + 2 >= pe || s.charAt(i + 1) != ' ' || !Character.isLowerCase(s.charAt(i + 2))) {
                return false;
            }
            return laterCloses(QuoteMark.SINGLE, i + 1, Math.min(pe, i + LOOKAHEAD)) || reopens(p + 1, QuoteMark.SINGLE);
        }

        /** Whether paragraph p opens with a mark of the family, continuing a quote. */
        private boolean reopens(int p, QuoteMark family) {
            if (p >= paragraphs.size()) {
                return false;
            }
            int[] paragraph = paragraphs.get(p);
            int j = skipSpace(paragraph[0], paragraph[1]);
            return j + 1 < paragraph[1] && QuoteMark.of(s.charAt(j)) == family && !QuoteMark.onlyCloses(s.charAt(j))
                    && !isSpace(s.charAt(j + 1));
        }

        private boolean laterCloses(QuoteMark family, int from, int pe) {
            for (int k = from; k < pe; k++) {
                char c = s.charAt(k);
                if (QuoteMark.of(c) == family && !QuoteMark.onlyOpens(c)) {
                    char prev = s.charAt(k - 1);
                    char next = k + 1 < pe ? s.charAt(k + 1) : ' ';
                    if (!(Character.isLetterOrDigit(prev) && Character.isLetter(next)) && canClose(prev, next)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private int skipSpace(int from, int to) {
            int j = from;
            while (j < to && isSpace(s.charAt(j))) {
                j++;
            }
            return j;
        }

        private int trimEnd(int from, int to) {
            int j = to;
            while (j > from && isSpace(s.charAt(j - 1))) {
                j--;
            }
            return j;
        }

        private boolean onlyPunctuationBetween(int from, int to) {
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                if (Character.isLetterOrDigit(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** White space, no-break spaces included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Marks that only close in the usage Verbatim meets: ”, », 」, 』 (a spaced ” is a sloppy close). */
    private static boolean closingShape(char c) {
        return c == '”' || c == '»' || c == '」' || c == '』';
    }

    private static boolean canOpen(char prev, char next) {
        return !isSpace(next)
                && (isSpace(prev) || "([{<—–-/:;,".indexOf(prev) >= 0 || QuoteMark.of(prev) != null);
    }

    private static boolean canClose(char prev, char next) {
        return !isSpace(prev)
                && (isSpace(next) || ".,;:!?)]}>—–-/…*".indexOf(next) >= 0 || QuoteMark.of(next) != null);
    }
}
