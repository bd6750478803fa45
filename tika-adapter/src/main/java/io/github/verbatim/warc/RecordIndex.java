package io.github.verbatim.warc;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The records of one container read so far, so a revisit record can be resolved to the response
 * it revisits: by the revisited record's id, by its target URI and date, or by the payload digest
 * they share.
 */
final class RecordIndex {

    private final Map<String, String> byId = new HashMap<>();
    private final Map<String, String> byCapture = new HashMap<>();
    private final Map<String, String> byDigest = new HashMap<>();
    private final Set<String> otherIds = new HashSet<>();
    private final Set<String> otherCaptures = new HashSet<>();

    /**
     * Records a document handed over.
     *
     * @param id its record id
     * @param target its target URI
     * @param date its WARC-Date
     * @param payloadDigest its WARC-Payload-Digest, or null
     * @param sha256 the SHA-256 of its bytes as handed over
     */
    void document(String id, String target, Instant date, @Nullable String payloadDigest, String sha256) {
        byId.put(id, sha256);
        byCapture.put(capture(target, date), sha256);
        if (payloadDigest != null) {
            byDigest.putIfAbsent(payloadDigest, sha256);
        }
    }

    /** Records a response that was not a document (an image, a redirect), so a revisit of it is not "missing". */
    void other(String id, @Nullable String target, @Nullable Instant date) {
        otherIds.add(id);
        if (target != null && date != null) {
            otherCaptures.add(capture(target, date));
        }
    }

    /**
     * Finds the document a revisit revisits.
     *
     * @param refersTo the revisited record's id, or null
     * @param target the revisited target URI, or null
     * @param date the revisited date, or null
     * @param payloadDigest the revisit's payload digest, or null
     * @return the SHA-256 of the revisited document's bytes, or empty if it was not handed over
     */
    Optional<String> find(@Nullable String refersTo, @Nullable String target, @Nullable Instant date,
            @Nullable String payloadDigest) {
        if (refersTo != null && byId.containsKey(refersTo)) {
            return Optional.of(byId.get(refersTo));
        }
        if (target != null && date != null && byCapture.containsKey(capture(target, date))) {
            return Optional.of(byCapture.get(capture(target, date)));
        }
        return payloadDigest == null ? Optional.empty() : Optional.ofNullable(byDigest.get(payloadDigest));
    }

    /** Returns whether the revisited record was read and was not a document. */
    boolean isOther(@Nullable String refersTo, @Nullable String target, @Nullable Instant date) {
        return refersTo != null && otherIds.contains(refersTo)
                || target != null && date != null && otherCaptures.contains(capture(target, date));
    }

    private static String capture(String target, Instant date) {
        return date + " " + target;
    }
}
