package io.github.verbatim.collection;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.verbatim.model.Span;

/**
 * One run of words in which a cluster member differs from the cluster's fullest text. Spans are
 * code points of each quotation's own text; the side a run has no words on gets an empty span
 * where the words would stand.
 *
 * @param op removed, added or changed
 * @param full the run's words in the fullest text (empty for an addition)
 * @param member the run's words in the member (empty for a removal)
 * @param fullText the fullest text's words of the run, as written there
 * @param memberText the member's words of the run, as written there
 * @param ellipsis for a removal, whether the member marks the cut with an ellipsis
 */
public record DiffRun(Op op, Span full, Span member, String fullText, String memberText, boolean ellipsis) {

    /** What the member did to the run's words. */
    public enum Op {
        /** Left out words of the fullest text. */
        @JsonProperty("removed") REMOVED,
        /** Added words the fullest text does not have. */
        @JsonProperty("added") ADDED,
        /** Gave words of the fullest text otherwise. */
        @JsonProperty("changed") CHANGED
    }
}
