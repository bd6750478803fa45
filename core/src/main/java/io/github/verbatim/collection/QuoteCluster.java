package io.github.verbatim.collection;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One statement as the collection's articles quote it: its fullest text, every quotation of it
 * with how each differs, who said it, where it comes from, and how widely it is carried.
 *
 * @param id a stable id: {@code q-} and 16 hex digits of the SHA-256 of the fullest text's
 *     normalized words
 * @param text the fullest text: the longest quotation (or, among those nearly as long, the one
 *     most members give), verbatim as its article has it
 * @param fullest the quotation whose text that is
 * @param speaker the speaker most members name, in the fullest form used; null if none does
 * @param speakers every speaker the members name, most named first; more than one shows a
 *     disagreement
 * @param unattributed how many members name no speaker
 * @param members every quotation of the statement, in collection order
 * @param sources the posts and other sources any member's article ties the statement to,
 *     earliest first
 * @param earliest when the statement is first attested: the earliest post time, else the
 *     earliest publication of an article carrying it; null if neither is known
 * @param corroboration how many outlets and articles carry it
 */
public record QuoteCluster(String id, String text, QuoteRef fullest, @Nullable String speaker,
        List<SpeakerCount> speakers, int unattributed, List<ClusterMember> members, List<PrimarySource> sources,
        @Nullable Attestation earliest, Corroboration corroboration) {

    /** Copies the lists. */
    public QuoteCluster {
        speakers = List.copyOf(speakers);
        members = List.copyOf(members);
        sources = List.copyOf(sources);
    }
}
