package io.github.verbatim.html.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's score (scrapinghub/article-extraction-benchmark, as its
 * README in {@code ../shared/benchmarks/article-extraction/} states it): each text is split into
 * {@code \w+} tokens as Python's Unicode regular expressions read them (letters, digits of every
 * kind and {@code _}; not combining marks); the multiset of 4-token shingles is formed (a text of
 * one to three tokens is one shingle); per page, true positives (shared shingles, with
 * multiplicity), false positives and false negatives are counted and normalized to sum to 1;
 * precision and recall are averaged over the pages whose denominator is not 0; F1 is their
 * harmonic mean.
 */
final class ShingleScore {

    private static final int N = 4;

    private ShingleScore() {
    }

    /**
     * One page's counts, normalized to sum to 1 (all 0 if both texts have no shingles).
     *
     * @param tp shared shingles
     * @param fp shingles only in the prediction
     * @param fn shingles only in the truth
     */
    record Counts(double tp, double fp, double fn) {
    }

    /**
     * The averaged score.
     *
     * @param precision mean precision over pages with {@code tp + fp > 0}
     * @param recall mean recall over pages with {@code tp + fn > 0}
     * @param f1 the harmonic mean of the two
     */
    record Result(double precision, double recall, double f1) {
    }

    /** Returns one page's normalized counts. */
    static Counts page(String truth, String predicted) {
        Map<String, Integer> expected = shingles(truth);
        Map<String, Integer> got = shingles(predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            int t = e.getValue();
            int p = got.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, p);
            fn += Math.max(0, t - p);
        }
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            fp += Math.max(0, e.getValue() - expected.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new Counts(0, 0, 0) : new Counts(tp / sum, fp / sum, fn / sum);
    }

    /**
     * Scores predictions against the truth; a page missing from the predictions counts as empty.
     *
     * @param truth each page's true text by id
     * @param predicted each page's extracted text by id
     * @return the averaged precision, recall and F1
     */
    static Result score(Map<String, String> truth, Map<String, String> predicted) {
        double precision = 0;
        int precisionPages = 0;
        double recall = 0;
        int recallPages = 0;
        for (Map.Entry<String, String> page : truth.entrySet()) {
            Counts c = page(page.getValue(), predicted.getOrDefault(page.getKey(), ""));
            if (c.tp() + c.fp() > 0) {
                precision += c.tp() / (c.tp() + c.fp());
                precisionPages++;
            }
            if (c.tp() + c.fn() > 0) {
                recall += c.tp() / (c.tp() + c.fn());
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precision / precisionPages;
        double r = recallPages == 0 ? 0 : recall / recallPages;
        return new Result(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** Returns the multiset of 4-token shingles, each the tokens joined by a space. */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> shingles = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            if (!shingle.isEmpty()) {
                shingles.merge(shingle, 1, Integer::sum);
            }
        }
        return shingles;
    }

    /** Returns the {@code \w+} tokens of a text, as Python's {@code re} finds them in a str. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            if (isWord(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    /** Python's word character: alphabetic (L*), any number (Nd, Nl, No), or {@code _}. */
    private static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
