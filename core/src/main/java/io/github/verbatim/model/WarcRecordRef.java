package io.github.verbatim.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a WARC record is: enough to find it again with any WARC tool.
 *
 * @param file the WARC or WACZ file as the user named it; for a URL Verbatim fetched, the path of
 *     the WARC file Verbatim wrote, as {@code archivedAs} gives it
 * @param entry for a WACZ file, the path of the WARC file inside it, such as
 *     {@code archive/data.warc.gz}; absent otherwise
 * @param offset the byte offset of the record in the WARC file (for a compressed file, of the
 *     gzip member that holds it), as CDX indexes give it
 * @param recordId the record's {@code WARC-Record-ID}, such as {@code urn:uuid:…}
 * @param archivedAs the path of the WARC or WACZ file in a bundle,
 *     {@code data/originals/<sha256>.<ext>}
 */
public record WarcRecordRef(String file, @Nullable String entry, long offset, String recordId, String archivedAs) {
}
