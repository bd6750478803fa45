package io.github.verbatim.collection.bench;

import io.github.verbatim.collection.QuoteText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations made from real ones, with the variants outlets make, each remembered with the
 * statement it is.
 *
 * <ul>
 * <li><b>Statements.</b> The real quotations of at least five words, longest first, each kept
 *     only if it shares no four-word run with one kept before (so no partial quotation or
 *     truncation, four words at least, is found in two statements, and a quotation's statement is
 *     never in doubt). More statements are made from real ones by replacing each word, with
 *     probability one half, by a word drawn from all real quotations' words (so common words stay
 *     common), again kept only if they share no four-word run with any other.</li>
 * <li><b>How many times each is quoted.</b> Drawn from a power law, P(k) proportional to
 *     k<sup>-2</sup> for k from 1 to 1,000 (mean 4.5): most statements are quoted once or twice, a
 *     few hundreds of times. Real statements get the largest counts.</li>
 * <li><b>Variants.</b> The first quotation of a statement is its text (restyled three times in
 *     ten). Each further one is: the same text (25 %); restyled, that is case, apostrophes, dashes,
 *     spacing or final punctuation changed (20 %); truncated at the start or the end, keeping 40 to
 *     90 % of the words (15 %); cut in the middle with an ellipsis (10 %) or silently (5 %); one or
 *     two words changed the way outlets change them (contractions, compounds, plurals, British
 *     spelling, a typo; 10 %); a partial quotation of 4 to 12 words (10 %); or truncated, a word
 *     changed and restyled at once (5 %). A variant a text is too short for falls back to a
 *     restyling.</li>
 * <li><b>Speakers.</b> A statement's quotations name its speaker seven times in ten, none
 *     otherwise.</li>
 * </ul>
 *
 * <p>The quotations are then shuffled. The same real quotations and seed give the same set.
 */
final class SyntheticQuotes {

    /** How a quotation was made from its statement. */
    enum Kind {
        FIRST, IDENTICAL, RESTYLED, TRUNCATED, ELLIPSIS_CUT, SILENT_CUT, WORD_CHANGED, PARTIAL, COMBINED
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
    private static final int MIN_WORDS = 5;
    /** No two statements share a run of this many words: the shortest partial quotation or truncation. */
    private static final int RUN = 4;
    private static final int MAX_QUOTED = 1000;
    private static final Map<String, String> SWAPS = swaps();

    private final List<QuoteText> quotes;
    private final int[] statementOf;
    private final int[] firstOf;
    private final List<Kind> kinds;
    private final int realStatements;
    private final int largest;

    private SyntheticQuotes(List<QuoteText> quotes, int[] statementOf, int[] firstOf, List<Kind> kinds,
            int realStatements, int largest) {
        this.quotes = quotes;
        this.statementOf = statementOf;
        this.firstOf = firstOf;
        this.kinds = kinds;
        this.realStatements = realStatements;
        this.largest = largest;
    }

    List<QuoteText> quotes() {
        return quotes;
    }

    int statementOf(int quote) {
        return statementOf[quote];
    }

    /** Returns the position of a statement's first quotation. */
    int firstOf(int statement) {
        return firstOf[statement];
    }

    List<Kind> kinds() {
        return kinds;
    }

    int statements() {
        return firstOf.length;
    }

    int realStatements() {
        return realStatements;
    }

    int largestStatement() {
        return largest;
    }

    static SyntheticQuotes generate(List<QuoteText> real, int count, long seed) {
        Random random = new Random(seed);
        LongSet seen = new LongSet();
        List<QuoteText> bases = new ArrayList<>();
        List<QuoteText> sorted = new ArrayList<>(real);
        sorted.sort(Comparator.comparingInt((QuoteText q) -> -words(q.text()).size()).thenComparing(QuoteText::text));
        List<String> vocabulary = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        for (QuoteText q : sorted) {
            List<String> words = words(q.text());
            for (int[] w : spans(q.text())) {
                vocabulary.add(q.text().substring(w[0], w[1]));
            }
            if (q.speaker() != null) {
                speakers.add(q.speaker());
            }
            if (words.size() >= MIN_WORDS && claim(words, seen)) {
                bases.add(q);
            }
        }
        if (bases.isEmpty()) {
            throw new IllegalStateException("no real quotation of " + MIN_WORDS + " words or more");
        }

        // How many quotations each statement gets: a power law, largest first.
        double[] cumulative = new double[MAX_QUOTED];
        double total = 0;
        for (int k = 1; k <= MAX_QUOTED; k++) {
            total += 1.0 / ((double) k * k);
            cumulative[k - 1] = total;
        }
        List<Integer> sizes = new ArrayList<>();
        int sum = 0;
        while (sum < count) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            int k = Math.min(count - sum, (at >= 0 ? at : -at - 1) + 1);
            sizes.add(k);
            sum += k;
        }
        sizes.sort(Comparator.reverseOrder());

        List<QuoteText> statements = new ArrayList<>(bases);
        java.util.Collections.shuffle(statements, random);
        int realCount = Math.min(statements.size(), sizes.size());
        statements = new ArrayList<>(statements.subList(0, realCount));
        int attempts = 0;
        while (statements.size() < sizes.size()) {
            QuoteText base = bases.get(random.nextInt(bases.size()));
            String text = mutate(base.text(), vocabulary, random);
            if (claim(words(text), seen)) {
                String speaker = random.nextBoolean() ? base.speaker()
                        : speakers.isEmpty() ? null : speakers.get(random.nextInt(speakers.size()));
                statements.add(new QuoteText(text, speaker));
            } else if (++attempts > 50 * sizes.size()) {
                throw new IllegalStateException("cannot make enough distinct statements");
            }
        }

        int n = sum;
        QuoteText[] quotes = new QuoteText[n];
        int[] statementOf = new int[n];
        Kind[] kinds = new Kind[n];
        int at = 0;
        for (int s = 0; s < sizes.size(); s++) {
            QuoteText statement = statements.get(s);
            for (int k = 0; k < sizes.get(s); k++) {
                Kind kind = k == 0 ? Kind.FIRST : pick(random);
                String text = k == 0 ? (random.nextInt(10) < 3 ? restyle(statement.text(), random) : statement.text())
                        : variant(statement.text(), kind, random);
                if (text == null) {
                    kind = Kind.RESTYLED;
                    text = restyle(statement.text(), random);
                }
                quotes[at] = new QuoteText(text, random.nextInt(10) < 7 ? statement.speaker() : null);
                statementOf[at] = s;
                kinds[at++] = kind;
            }
        }
        // Shuffle, remembering each statement's first quotation.
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            QuoteText q = quotes[i];
            quotes[i] = quotes[j];
            quotes[j] = q;
            int s = statementOf[i];
            statementOf[i] = statementOf[j];
            statementOf[j] = s;
            Kind k = kinds[i];
            kinds[i] = kinds[j];
            kinds[j] = k;
        }
        int[] firstOf = new int[sizes.size()];
        for (int q = 0; q < n; q++) {
            if (kinds[q] == Kind.FIRST) {
                firstOf[statementOf[q]] = q;
            }
        }
        return new SyntheticQuotes(List.of(quotes), statementOf, firstOf, List.of(kinds), realCount, sizes.get(0));
    }

    private static Kind pick(Random random) {
        int r = random.nextInt(100);
        if (r < 25) {
            return Kind.IDENTICAL;
        } else if (r < 45) {
            return Kind.RESTYLED;
        } else if (r < 60) {
            return Kind.TRUNCATED;
        } else if (r < 70) {
            return Kind.ELLIPSIS_CUT;
        } else if (r < 75) {
            return Kind.SILENT_CUT;
        } else if (r < 85) {
            return Kind.WORD_CHANGED;
        } else if (r < 95) {
            return Kind.PARTIAL;
        }
        return Kind.COMBINED;
    }

    /** Returns the variant, or null if the text is too short for it. */
    private static String variant(String text, Kind kind, Random random) {
        return switch (kind) {
            case FIRST, IDENTICAL -> text;
            case RESTYLED -> restyle(text, random);
            case TRUNCATED -> truncate(text, random);
            case ELLIPSIS_CUT -> cut(text, random, true);
            case SILENT_CUT -> cut(text, random, false);
            case WORD_CHANGED -> changeWords(text, random);
            case PARTIAL -> partial(text, random);
            case COMBINED -> {
                String t = truncate(text, random);
                t = t == null ? null : changeWords(t, random);
                yield t == null ? null : restyle(t, random);
            }
        };
    }

    static String restyle(String text, Random random) {
        String t = text;
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            switch (random.nextInt(6)) {
                case 0 -> t = t.indexOf('’') >= 0 ? t.replace('’', '\'') : t.replace('\'', '’');
                case 1 -> t = t.contains(" - ") ? t.replace(" - ", " — ") : t.replace("—", " - ");
                case 2 -> t = t.toLowerCase(Locale.ROOT);
                case 3 -> t = t.isEmpty() ? t : Character.isUpperCase(t.charAt(0))
                        ? Character.toLowerCase(t.charAt(0)) + t.substring(1)
                        : Character.toUpperCase(t.charAt(0)) + t.substring(1);
                case 4 -> t = t.endsWith(".") || t.endsWith(",") ? t.substring(0, t.length() - 1)
                        : t + (random.nextBoolean() ? "," : ".");
                default -> t = t.replace(". ", ".  ");
            }
        }
        return t;
    }

    private static String truncate(String text, Random random) {
        List<int[]> w = spans(text);
        if (w.size() < 6) {
            return null;
        }
        int keep = Math.max(4, (int) Math.round(w.size() * (0.4 + 0.5 * random.nextDouble())));
        keep = Math.min(keep, w.size() - 1);
        if (random.nextBoolean()) {
            return text.substring(w.get(w.size() - keep)[0]);
        }
        return text.substring(0, w.get(keep - 1)[1]) + (random.nextBoolean() ? "," : "");
    }

    private static String cut(String text, Random random, boolean ellipsis) {
        List<int[]> w = spans(text);
        int n = w.size();
        if (n < 10) {
            return null;
        }
        int length = 2 + random.nextInt(Math.max(1, (int) (n * 0.4) - 1));
        int from = 3 + random.nextInt(Math.max(1, n - 6 - length + 1));
        int to = Math.min(n - 3, from + length);
        String mark = !ellipsis ? " " : switch (random.nextInt(3)) {
            case 0 -> " … ";
            case 1 -> "...";
            default -> " ... ";
        };
        return text.substring(0, w.get(from - 1)[1]) + mark + text.substring(w.get(to)[0]);
    }

    private static String changeWords(String text, Random random) {
        List<int[]> w = spans(text);
        int times = w.size() >= 24 && random.nextInt(10) < 3 ? 2 : 1;
        String t = text;
        for (int c = 0; c < times; c++) {
            w = spans(t);
            List<int[]> candidates = new ArrayList<>();
            for (int[] span : w) {
                if (change(t.substring(span[0], span[1]), random) != null) {
                    candidates.add(span);
                }
            }
            if (candidates.isEmpty()) {
                return c == 0 ? null : t;
            }
            int[] span = candidates.get(random.nextInt(candidates.size()));
            t = t.substring(0, span[0]) + change(t.substring(span[0], span[1]), new Random(span[0])) + t.substring(span[1]);
        }
        return t;
    }

    /** Returns the word as an outlet might give it otherwise, or null. */
    private static String change(String word, Random random) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        String swap = SWAPS.get(lower);
        if (swap != null) {
            return swap;
        }
        if (word.length() < 5 || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return switch (random.nextInt(4)) {
            case 0 -> word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                    : word.endsWith("y") ? word.substring(0, word.length() - 1) + "ies"
                    : word.endsWith("s") ? word.substring(0, word.length() - 1) : word + "s";
            case 1 -> word.endsWith("our") ? word.substring(0, word.length() - 3) + "or"
                    : word.endsWith("ize") ? word.substring(0, word.length() - 3) + "ise"
                    : word.endsWith("ise") ? word.substring(0, word.length() - 3) + "ize" : null;
            default -> {
                int i = 1 + random.nextInt(word.length() - 3);
                yield word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            }
        };
    }

    private static String partial(String text, Random random) {
        List<int[]> w = spans(text);
        if (w.size() < 6) {
            return null;
        }
        int length = 4 + random.nextInt(Math.min(12, w.size() - 1) - 4 + 1);
        int from = random.nextInt(w.size() - length + 1);
        String p = text.substring(w.get(from)[0], w.get(from + length - 1)[1]);
        return random.nextBoolean() ? Character.toLowerCase(p.charAt(0)) + p.substring(1) : p;
    }

    private static String mutate(String text, List<String> vocabulary, Random random) {
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (int[] span : spans(text)) {
            out.append(text, last, span[0]);
            out.append(random.nextBoolean() ? vocabulary.get(random.nextInt(vocabulary.size()))
                    : text.substring(span[0], span[1]));
            last = span[1];
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Records the text's five-word runs; returns false (recording nothing) if one was seen before. */
    private static boolean claim(List<String> words, LongSet seen) {
        if (words.size() < RUN) {
            return false;
        }
        long[] runs = new long[words.size() - RUN + 1];
        for (int i = 0; i < runs.length; i++) {
            long h = 1;
            for (int k = 0; k < RUN; k++) {
                h = h * 0x9E3779B97F4A7C15L + words.get(i + k).hashCode();
            }
            runs[i] = h == 0 ? 1 : h;
            if (seen.contains(runs[i])) {
                return false;
            }
        }
        for (long r : runs) {
            seen.add(r);
        }
        return true;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (int[] span : spans(text)) {
            out.add(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT).replace("’", "").replace("'", ""));
        }
        return out;
    }

    private static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static Map<String, String> swaps() {
        Map<String, String> swaps = new java.util.HashMap<>();
        String[][] pairs = {{"it's", "it is"}, {"we've", "we have"}, {"i'm", "I am"}, {"don't", "do not"},
            {"can't", "cannot"}, {"didn't", "did not"}, {"won't", "will not"}, {"isn't", "is not"},
            {"they're", "they are"}, {"we're", "we are"}, {"that's", "that is"}, {"everyday", "every day"},
            {"anymore", "any more"}, {"someday", "some day"}, {"wasn't", "was not"}, {"you're", "you are"}};
        for (String[] p : pairs) {
            swaps.put(p[0], p[1]);
        }
        return swaps;
    }

    /** A set of non-zero longs, open addressing. */
    private static final class LongSet {
        private long[] keys = new long[1 << 16];
        private int size;

        boolean contains(long key) {
            for (int slot = slot(key, keys.length); ; slot = (slot + 1) & (keys.length - 1)) {
                if (keys[slot] == key) {
                    return true;
                }
                if (keys[slot] == 0) {
                    return false;
                }
            }
        }

        void add(long key) {
            if (++size * 2 > keys.length) {
                long[] old = keys;
                keys = new long[old.length * 2];
                for (long k : old) {
                    if (k != 0) {
                        insert(k);
                    }
                }
            }
            insert(key);
        }

        private void insert(long key) {
            int slot = slot(key, keys.length);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = key;
        }

        private static int slot(long key, int length) {
            long h = key * 0xbf58476d1ce4e5b9L;
            return (int) (h ^ (h >>> 32)) & (length - 1);
        }
    }
}
