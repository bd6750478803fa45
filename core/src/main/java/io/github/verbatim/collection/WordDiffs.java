package io.github.verbatim.collection;

import io.github.verbatim.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** Computes a member's {@link WordDiff} against its cluster's fullest text. */
final class WordDiffs {

    private WordDiffs() {
    }

    /** The words of one text with their char spans. */
    private static final class Spans {
        final String text;
        long[] hash = new long[16];
        int[] start = new int[16];
        int[] end = new int[16];
        boolean[] cutBefore = new boolean[16];
        int count;

        Spans(String text) {
            this.text = text;
            Words.scan(text, (h, s, e, cut) -> {
                if (count == hash.length) {
                    hash = Arrays.copyOf(hash, count * 2);
                    start = Arrays.copyOf(start, count * 2);
                    end = Arrays.copyOf(end, count * 2);
                    cutBefore = Arrays.copyOf(cutBefore, count * 2);
                }
                hash[count] = h;
                start[count] = s;
                end[count] = e;
                cutBefore[count++] = cut;
            });
        }

        int codePoint(int charIndex) {
            return text.codePointCount(0, charIndex);
        }

        Span span(int fromWord, int toWord) {
            return new Span(codePoint(start[fromWord]), codePoint(end[toWord - 1]));
        }

        Span emptyAfter(int word) {
            int at = word < 0 ? 0 : codePoint(end[word]);
            return new Span(at, at);
        }

        Span emptyBefore(int word) {
            int at = codePoint(start[word]);
            return new Span(at, at);
        }

        String slice(int fromWord, int toWord) {
            return fromWord >= toWord ? "" : text.substring(start[fromWord], end[toWord - 1]);
        }
    }

    static WordDiff diff(String full, String member) {
        if (full.equals(member)) {
            return new WordDiff(List.of(Variant.IDENTICAL), new Span(0, full.codePointCount(0, full.length())),
                    List.of());
        }
        Spans f = new Spans(full);
        Spans m = new Spans(member);
        LongIntMap ids = new LongIntMap(f.count + m.count);
        List<String> words = new ArrayList<>();
        int[] fw = ids(f, ids, words);
        int[] mw = ids(m, ids, words);
        Aligner aligner = new Aligner();
        if (f.count == 0 || m.count == 0 || !aligner.align(mw, 0, mw.length, fw, 0, fw.length)) {
            List<DiffRun> runs = m.count == 0 ? List.of()
                    : List.of(new DiffRun(DiffRun.Op.ADDED, new Span(0, 0), m.span(0, m.count), "",
                            m.slice(0, m.count), false));
            return new WordDiff(List.of(), null, runs);
        }
        Edits e = Edits.of(aligner, mw, 0, mw.length, fw, words::get);
        EnumSet<Variant> variants = EnumSet.noneOf(Variant.class);
        List<DiffRun> runs = new ArrayList<>();
        if (e.memberFrom() > 0) {
            variants.add(Variant.EXTENDS_START);
            runs.add(new DiffRun(DiffRun.Op.ADDED, f.emptyBefore(e.leaderFrom()), m.span(0, e.memberFrom()), "",
                    m.slice(0, e.memberFrom()), false));
        }
        for (Edits.Run run : e.runs()) {
            switch (run.kind()) {
                case REMOVED -> {
                    boolean marked = m.cutBefore[run.memberStart()];
                    variants.add(marked ? Variant.CUT_ELLIPSIS : Variant.CUT_SILENT);
                    runs.add(new DiffRun(DiffRun.Op.REMOVED, f.span(run.leaderStart(), run.leaderEnd()),
                            m.emptyAfter(run.memberStart() - 1), f.slice(run.leaderStart(), run.leaderEnd()), "",
                            marked));
                }
                case ADDED -> {
                    variants.add(Variant.WORDS_ADDED);
                    runs.add(new DiffRun(DiffRun.Op.ADDED, f.emptyAfter(run.leaderStart() - 1),
                            m.span(run.memberStart(), run.memberEnd()), "",
                            m.slice(run.memberStart(), run.memberEnd()), false));
                }
                case CHANGED -> {
                    variants.add(Variant.WORDS_CHANGED);
                    runs.add(new DiffRun(DiffRun.Op.CHANGED, f.span(run.leaderStart(), run.leaderEnd()),
                            m.span(run.memberStart(), run.memberEnd()), f.slice(run.leaderStart(), run.leaderEnd()),
                            m.slice(run.memberStart(), run.memberEnd()), false));
                }
            }
        }
        if (e.memberTo() < m.count) {
            variants.add(Variant.EXTENDS_END);
            runs.add(new DiffRun(DiffRun.Op.ADDED, f.emptyAfter(e.leaderTo() - 1), m.span(e.memberTo(), m.count), "",
                    m.slice(e.memberTo(), m.count), false));
        }
        if (e.leaderFrom() > 0) {
            variants.add(Variant.TRUNCATED_START);
        }
        if (e.leaderTo() < f.count) {
            variants.add(Variant.TRUNCATED_END);
        }
        if (variants.isEmpty()) {
            variants.add(Variant.SAME_WORDS);
        }
        return new WordDiff(List.copyOf(variants), f.span(e.leaderFrom(), e.leaderTo()), runs);
    }

    private static int[] ids(Spans s, LongIntMap ids, List<String> words) {
        int[] out = new int[s.count];
        for (int k = 0; k < s.count; k++) {
            int id = ids.get(s.hash[k]);
            if (id == LongIntMap.ABSENT) {
                id = words.size();
                words.add(Words.normalized(s.text, s.start[k], s.end[k]));
                ids.put(s.hash[k], id);
            }
            out[k] = id;
        }
        return out;
    }
}
