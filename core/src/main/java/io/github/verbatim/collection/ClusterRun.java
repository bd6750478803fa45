package io.github.verbatim.collection;

import java.util.Arrays;
import java.util.List;

/**
 * One clustering of quotations, in four passes, each linear in the number of words:
 *
 * <ol>
 * <li>every quotation is split into words ({@link Words}), each word given an id;</li>
 * <li>quotations with the same words are one <em>form</em> (a short form said by two different
 *     named speakers is two forms);</li>
 * <li>forms are taken longest first, and among forms of one length the one most quotations
 *     give first; each looks up, by its word triples (and pairs, for short forms) in a
 *     {@link GramIndex}, the clusters whose leading form shares the most with it, aligns itself
 *     with the best few ({@link Aligner}) and joins the best that {@link SameStatement} accepts. A form that joins
 *     none leads a new cluster and is indexed. A form that joins with nearly the leader's length
 *     (all but one word in twenty) and more quotations takes the lead, and is indexed too: the
 *     text most outlets gave, not one outlet's respelling of it, is what later forms meet. Only
 *     leading forms are indexed, and a key found in too many of them is ignored, so no look-up
 *     grows with the collection;</li>
 * <li>clusters are numbered by their first quotation.</li>
 * </ol>
 *
 * <p>Taking the longest forms first makes every cluster's leading form its fullest text, so a
 * truncated or partial quotation always meets the whole before it. The order is fixed (length,
 * quotations, input position), so the result is the same on every run.
 */
final class ClusterRun {

    /** Forms of fewer words are split by speaker. */
    private static final int SHORT_FORM = 8;
    /** Clusters aligned with each form. */
    private static final int CANDIDATES = 4;
    /** A key in more leading forms than this is common and ignored. */
    private static final int POSTING_CAP = 256;

    private final List<QuoteText> quotes;
    private final Vocabulary vocabulary = new Vocabulary();
    private final SpeakerNames names = new SpeakerNames();
    private int[] tokens = new int[1 << 16];
    private int tokenCount;
    private final int[] tokenStart;
    private final int[] speaker;

    private final int[] formOf;
    private int[] formQuote = new int[1 << 12];
    private int[] formSpeaker = new int[1 << 12];
    private int[] formSupport;
    private int formCount;

    private final GramIndex index = new GramIndex(POSTING_CAP);
    private final Aligner aligner = new Aligner();
    private int[] clusterForm = new int[1 << 12];
    private int clusterCount;
    private int[] shared = new int[1 << 12];
    private int[] touched = new int[1 << 10];
    private long[] grams = new long[256];
    private final int[] candidate = new int[CANDIDATES];
    private final int[] candidateShared = new int[CANDIDATES];
    /** Matching words of the last verified alignment, and whether the whole form matched unchanged. */
    private int lastMatched;
    private boolean lastClean;
    private final int[] acceptedCluster = new int[CANDIDATES];
    private int[] clusterSupport = new int[1 << 12];

    ClusterRun(List<QuoteText> quotes) {
        this.quotes = quotes;
        this.tokenStart = new int[quotes.size() + 1];
        this.speaker = new int[quotes.size()];
        this.formOf = new int[quotes.size()];
    }

    QuoteClusters run() {
        tokenize();
        formForms();
        splitShortFormsBySpeaker();
        int[] clusterOfForm = cluster();
        return number(clusterOfForm);
    }

    private void tokenize() {
        for (int q = 0; q < quotes.size(); q++) {
            QuoteText quote = quotes.get(q);
            tokenStart[q] = tokenCount;
            speaker[q] = names.id(quote.speaker());
            String text = quote.text();
            Words.scan(text, (hash, start, end, cut) -> add(vocabulary.id(hash, text, start, end)));
        }
        tokenStart[quotes.size()] = tokenCount;
    }

    private void add(int word) {
        if (tokenCount == tokens.length) {
            tokens = Arrays.copyOf(tokens, tokenCount * 2);
        }
        tokens[tokenCount++] = word;
    }

    private void formForms() {
        LongIntMap byWords = new LongIntMap(Math.max(16, quotes.size()));
        for (int q = 0; q < quotes.size(); q++) {
            int from = tokenStart[q];
            int to = tokenStart[q + 1];
            if (from == to) {
                formOf[q] = newForm(q); // no words: nothing to compare it by
                continue;
            }
            long key = sequenceHash(from, to);
            int form = byWords.get(key);
            while (form != LongIntMap.ABSENT && !sameWords(formQuote[form], q)) {
                key = key * 0x9E3779B97F4A7C15L + 1;
                key = key == 0 ? 1 : key;
                form = byWords.get(key);
            }
            if (form == LongIntMap.ABSENT) {
                form = newForm(q);
                byWords.put(key, form);
            }
            formOf[q] = form;
        }
    }

    private int newForm(int quote) {
        if (formCount == formQuote.length) {
            formQuote = Arrays.copyOf(formQuote, formCount * 2);
            formSpeaker = Arrays.copyOf(formSpeaker, formCount * 2);
        }
        formQuote[formCount] = quote;
        formSpeaker[formCount] = SpeakerNames.NONE;
        return formCount++;
    }

    private long sequenceHash(int from, int to) {
        long h = 0x84222325cbf29ce4L ^ (to - from);
        for (int i = from; i < to; i++) {
            h = (h ^ tokens[i]) * 0x100000001b3L;
            h ^= h >>> 29;
        }
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }

    private boolean sameWords(int a, int b) {
        return Arrays.equals(tokens, tokenStart[a], tokenStart[a + 1], tokens, tokenStart[b], tokenStart[b + 1]);
    }

    /**
     * Gives each form its speaker (the name most of its quotations give, names that agree counted
     * together), and splits a short form said by speakers who disagree into one form per speaker;
     * quotations without a speaker stay with the most frequent.
     */
    private void splitShortFormsBySpeaker() {
        int forms = formCount;
        int[] start = new int[forms + 1];
        for (int q = 0; q < quotes.size(); q++) {
            start[formOf[q] + 1]++;
        }
        for (int f = 0; f < forms; f++) {
            start[f + 1] += start[f];
        }
        int[] members = new int[quotes.size()];
        int[] fill = Arrays.copyOf(start, forms);
        for (int q = 0; q < quotes.size(); q++) {
            members[fill[formOf[q]]++] = q;
        }
        int[] groupSpeaker = new int[8];
        int[] groupCount = new int[8];
        int[] groupForm = new int[8];
        for (int f = 0; f < forms; f++) {
            int groups = 0;
            for (int k = start[f]; k < start[f + 1]; k++) {
                int s = speaker[members[k]];
                if (s == SpeakerNames.NONE) {
                    continue;
                }
                int g = 0;
                while (g < groups && !names.agree(groupSpeaker[g], s)) {
                    g++;
                }
                if (g == groups) {
                    if (groups == groupSpeaker.length) {
                        groupSpeaker = Arrays.copyOf(groupSpeaker, groups * 2);
                        groupCount = Arrays.copyOf(groupCount, groups * 2);
                        groupForm = Arrays.copyOf(groupForm, groups * 2);
                    }
                    groupSpeaker[groups] = s;
                    groupCount[groups++] = 0;
                }
                groupCount[g]++;
            }
            if (groups == 0) {
                continue;
            }
            int main = 0;
            for (int g = 1; g < groups; g++) {
                if (groupCount[g] > groupCount[main]) {
                    main = g;
                }
            }
            formSpeaker[f] = groupSpeaker[main];
            int length = tokenStart[formQuote[f] + 1] - tokenStart[formQuote[f]];
            if (groups == 1 || length >= SHORT_FORM) {
                continue;
            }
            Arrays.fill(groupForm, 0, groups, -1);
            groupForm[main] = f;
            for (int k = start[f]; k < start[f + 1]; k++) {
                int q = members[k];
                int s = speaker[q];
                if (s == SpeakerNames.NONE) {
                    continue;
                }
                int g = 0;
                while (!names.agree(groupSpeaker[g], s)) {
                    g++;
                }
                if (groupForm[g] < 0) {
                    groupForm[g] = newForm(q);
                    formSpeaker[groupForm[g]] = groupSpeaker[g];
                }
                formOf[q] = groupForm[g];
            }
            if (formOf[formQuote[f]] != f) {
                // The form's first quotation went to another speaker's form: lead with the next one left.
                for (int k = start[f]; k < start[f + 1]; k++) {
                    if (formOf[members[k]] == f) {
                        formQuote[f] = members[k];
                        break;
                    }
                }
            }
        }
    }

    private int length(int form) {
        int q = formQuote[form];
        return tokenStart[q + 1] - tokenStart[q];
    }

    private int[] cluster() {
        formSupport = new int[formCount];
        for (int q = 0; q < quotes.size(); q++) {
            formSupport[formOf[q]]++;
        }
        Integer[] order = new Integer[formCount];
        for (int f = 0; f < formCount; f++) {
            order[f] = f;
        }
        Arrays.sort(order, (a, b) -> {
            int byLength = Integer.compare(length(b), length(a));
            if (byLength != 0) {
                return byLength;
            }
            int bySupport = Integer.compare(formSupport[b], formSupport[a]);
            return bySupport != 0 ? bySupport : Integer.compare(formQuote[a], formQuote[b]);
        });
        int[] clusterOfForm = new int[formCount];
        for (int form : order) {
            int q = formQuote[form];
            int from = tokenStart[q];
            int to = tokenStart[q + 1];
            if (to - from < SameStatement.MIN_WORDS) {
                clusterOfForm[form] = newCluster(form);
                clusterSupport[clusterOfForm[form]] = formSupport[form];
                continue;
            }
            if (grams.length < 2 * (to - from)) {
                grams = new long[Math.max(2 * (to - from), grams.length * 2)];
            }
            int triples = GramIndex.distinctTriples(tokens, from, to, grams, 0);
            int pairs = to - from <= GramIndex.SHORT ? GramIndex.distinctPairs(tokens, from, to, grams, triples) : 0;
            int found = find(form, from, to, triples, pairs);
            if (found < 0) {
                found = newCluster(form);
                index.add(found, grams, triples + pairs);
            } else if (takesTheLead(form, clusterForm[found])) {
                clusterForm[found] = form;
                index.add(found, grams, triples + pairs);
            }
            clusterOfForm[form] = found;
            clusterSupport[found] += formSupport[form];
        }
        return clusterOfForm;
    }

    /** Whether a joining form has more quotations than the leader and all but one word in twenty of its length. */
    private boolean takesTheLead(int form, int leader) {
        int leaderLength = length(leader);
        return formSupport[form] > formSupport[leader] && length(form) >= leaderLength - Math.max(1, leaderLength / 20);
    }

    private int newCluster(int form) {
        if (clusterCount == clusterForm.length) {
            clusterForm = Arrays.copyOf(clusterForm, clusterCount * 2);
            shared = Arrays.copyOf(shared, clusterCount * 2);
            clusterSupport = Arrays.copyOf(clusterSupport, clusterCount * 2);
        }
        clusterForm[clusterCount] = form;
        clusterSupport[clusterCount] = 0;
        return clusterCount++;
    }

    /**
     * Returns the cluster the form joins, or -1. The form's distinct triples are
     * {@code grams[0, triples)}, its pairs (short forms only) the {@code pairs} after; a leader
     * scores two for each triple it shares, one for each pair.
     */
    private int find(int form, int from, int to, int triples, int pairs) {
        int touchedCount = 0;
        for (int k = 0; k < triples + pairs; k++) {
            int weight = k < triples ? 2 : 1;
            for (int p = index.first(grams[k]); p >= 0; p = index.next(p)) {
                int c = index.leader(p);
                int before = shared[c];
                shared[c] += weight;
                if (before == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = c;
                }
            }
        }
        int minShared = Math.max(1, Math.min(12, (2 * triples + pairs) / 4));
        int candidates = 0;
        for (int t = 0; t < touchedCount; t++) {
            int c = touched[t];
            int s = shared[c];
            shared[c] = 0;
            if (s < minShared) {
                continue;
            }
            int at = candidates < CANDIDATES ? candidates++ : CANDIDATES;
            while (at > 0 && (candidateShared[at - 1] < s || candidateShared[at - 1] == s && candidate[at - 1] > c)) {
                if (at < CANDIDATES) {
                    candidate[at] = candidate[at - 1];
                    candidateShared[at] = candidateShared[at - 1];
                }
                at--;
            }
            if (at < CANDIDATES) {
                candidate[at] = c;
                candidateShared[at] = s;
            }
        }
        int best = -1;
        int bestScore = SameStatement.REJECTED;
        int bestMatched = 0;
        int accepted = 0;
        for (int k = 0; k < candidates && candidateShared[k] * 2 >= candidateShared[0]; k++) {
            int c = candidate[k];
            int leaderForm = clusterForm[c];
            int lq = formQuote[leaderForm];
            int score = verify(from, to, triples, tokenStart[lq], tokenStart[lq + 1],
                    !names.agree(formSpeaker[form], formSpeaker[leaderForm]));
            if (score == SameStatement.REJECTED) {
                continue;
            }
            acceptedCluster[accepted++] = c;
            if (score > bestScore) {
                bestScore = score;
                best = c;
                bestMatched = lastMatched;
            }
            if (lastClean && lastMatched >= SameStatement.EXACT_BELOW) {
                break; // every word of the form in order, in a long enough run: no candidate does better
            }
        }
        if (best < 0 || bestMatched >= SameStatement.EXACT_BELOW || accepted == 1) {
            return best;
        }
        return inContext(best, accepted);
    }

    /**
     * A few words found in several clusters belong to one only if every one of those clusters'
     * leading texts is nearly the others' (four in five words aligned): then the clusters are one
     * statement that a respelling (a typo, a contraction) split, and the words join the one most
     * quotations are in. Otherwise which statement they are from is anyone's guess, and they join
     * none.
     */
    private int inContext(int best, int accepted) {
        int b = 0;
        while (acceptedCluster[b] != best) {
            b++;
        }
        int chosen = best;
        for (int k = 0; k < accepted; k++) {
            if (k == b) {
                continue;
            }
            if (!nearlyTheSame(acceptedCluster[b], acceptedCluster[k])) {
                return -1;
            }
            int c = acceptedCluster[k];
            if (clusterSupport[c] > clusterSupport[chosen] || clusterSupport[c] == clusterSupport[chosen] && c < chosen) {
                chosen = c;
            }
        }
        return chosen;
    }

    /** Whether two clusters' leading forms align in at least four words in five of the longer. */
    private boolean nearlyTheSame(int c1, int c2) {
        int q1 = formQuote[clusterForm[c1]];
        int q2 = formQuote[clusterForm[c2]];
        int n1 = tokenStart[q1 + 1] - tokenStart[q1];
        int n2 = tokenStart[q2 + 1] - tokenStart[q2];
        if (!aligner.align(tokens, tokenStart[q1], tokenStart[q1 + 1], tokens, tokenStart[q2], tokenStart[q2 + 1])) {
            return false;
        }
        int matched = 0;
        for (int k = 0; k < aligner.opCount(); k++) {
            if (aligner.op(k) == Aligner.MATCH) {
                matched++;
            }
        }
        return matched * 5 >= Math.max(n1, n2) * 4;
    }

    private int verify(int from, int to, int triples, int lFrom, int lTo, boolean speakersDiffer) {
        int first = -1;
        int last = -1;
        for (int j = lFrom; j + 2 < lTo; j++) {
            if (Arrays.binarySearch(grams, 0, triples, GramIndex.gram(tokens, j)) >= 0) {
                if (first < 0) {
                    first = j;
                }
                last = j;
            }
        }
        if (first < 0 && lTo - lFrom > GramIndex.SHORT) {
            return SameStatement.REJECTED;
        }
        int n = to - from;
        int wFrom = Math.max(lFrom, first - n);
        int wTo = Math.min(lTo, last + 3 + n);
        if (lTo - lFrom <= GramIndex.SHORT) {
            wFrom = lFrom; // found by its word pairs, maybe: align with all of it
            wTo = lTo;
        }
        if (!aligner.align(tokens, from, to, tokens, wFrom, wTo)) {
            return SameStatement.REJECTED;
        }
        Edits edits = Edits.of(aligner, tokens, from, to, tokens, vocabulary::word);
        lastMatched = edits.matched();
        lastClean = edits.runs().isEmpty() && edits.memberFrom() == from && edits.memberTo() == to;
        return SameStatement.score(edits, from, to, lFrom, lTo, speakersDiffer);
    }

    private QuoteClusters number(int[] clusterOfForm) {
        int[] renumbered = new int[clusterCount];
        Arrays.fill(renumbered, -1);
        int[] clusterOf = new int[quotes.size()];
        int next = 0;
        for (int q = 0; q < quotes.size(); q++) {
            int c = clusterOfForm[formOf[q]];
            if (renumbered[c] < 0) {
                renumbered[c] = next++;
            }
            clusterOf[q] = renumbered[c];
        }
        int[] fullest = new int[next];
        for (int c = 0; c < clusterCount; c++) {
            if (renumbered[c] >= 0) {
                fullest[renumbered[c]] = formQuote[clusterForm[c]];
            }
        }
        return new QuoteClusters(quotes, clusterOf, fullest);
    }
}
