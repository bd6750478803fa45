package io.github.verbatim.collection;

import java.util.Arrays;
import java.util.List;

/**
 * Quotations grouped into clusters, each the same statement as outlets gave it. Quotations and
 * clusters are numbered from 0: quotations in the order given, clusters in the order of their
 * first quotation. Immutable; {@link #diff(int)} is safe to call from several threads.
 */
public final class QuoteClusters {

    private final List<QuoteText> quotes;
    private final int[] clusterOf;
    private final int[] fullest;
    private final int[] memberStart;
    private final int[] members;

    QuoteClusters(List<QuoteText> quotes, int[] clusterOf, int[] fullest) {
        this.quotes = quotes;
        this.clusterOf = clusterOf;
        this.fullest = fullest;
        this.memberStart = new int[fullest.length + 1];
        for (int c : clusterOf) {
            memberStart[c + 1]++;
        }
        for (int c = 0; c < fullest.length; c++) {
            memberStart[c + 1] += memberStart[c];
        }
        this.members = new int[clusterOf.length];
        int[] fill = Arrays.copyOf(memberStart, fullest.length);
        for (int q = 0; q < clusterOf.length; q++) {
            members[fill[clusterOf[q]]++] = q;
        }
    }

    /** Returns the quotations clustered, in the order given. */
    public List<QuoteText> quotes() {
        return quotes;
    }

    /** Returns the number of clusters. */
    public int clusterCount() {
        return fullest.length;
    }

    /**
     * Returns the cluster of a quotation.
     *
     * @param quote the quotation's position in {@link #quotes()}
     * @return its cluster's number
     */
    public int clusterOf(int quote) {
        return clusterOf[quote];
    }

    /**
     * Returns the quotation whose text is the cluster's fullest: the most words, the first given
     * among equals.
     *
     * @param cluster the cluster's number
     * @return the quotation's position in {@link #quotes()}
     */
    public int fullest(int cluster) {
        return fullest[cluster];
    }

    /** Returns the number of quotations in a cluster. */
    public int size(int cluster) {
        return memberStart[cluster + 1] - memberStart[cluster];
    }

    /**
     * Returns a cluster's quotations.
     *
     * @param cluster the cluster's number
     * @return their positions in {@link #quotes()}, ascending
     */
    public int[] members(int cluster) {
        return Arrays.copyOfRange(members, memberStart[cluster], memberStart[cluster + 1]);
    }

    /**
     * Returns how a quotation's words differ from its cluster's fullest text, word by word.
     *
     * @param quote the quotation's position in {@link #quotes()}
     * @return the diff; for the fullest quotation itself, {@link Variant#IDENTICAL} and no runs
     */
    public WordDiff diff(int quote) {
        return WordDiffs.diff(quotes.get(fullest[clusterOf[quote]]).text(), quotes.get(quote).text());
    }
}
