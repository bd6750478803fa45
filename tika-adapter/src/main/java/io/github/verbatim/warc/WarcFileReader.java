package io.github.verbatim.warc;

import io.github.verbatim.capture.Checksums;
import io.github.verbatim.capture.ChecksummingCopy;
import io.github.verbatim.capture.ContainedDocument;
import io.github.verbatim.capture.ContainerSink;
import io.github.verbatim.model.HttpRecord;
import io.github.verbatim.model.Origin;
import io.github.verbatim.model.WarcRecordRef;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Reads the records of one WARC file and hands each document to a sink.
 *
 * <p>A response (or resource) record with a 2xx status and a type that could be an article is a
 * document: its payload — the HTTP entity, transfer coding removed and content coding decoded —
 * is copied out, its block digest checked, and it is handed over once the next record has been
 * reached, so a record whose length is wrong is caught by its missing end marker. A revisit is
 * resolved to the document it revisits where that is in the same container. Everything else is
 * counted. A damaged record is reported at its offset, and reading goes on at the next record.
 */
final class WarcFileReader {

    private static final String TRAILER_WARNING = "invalid record trailer";

    private final Path file;
    private final String name;
    private final String containerFile;
    private final @Nullable String entry;
    private final String archivedAs;
    private final ContainerSink sink;
    private final RecordIndex index;

    /**
     * Creates a reader of one WARC file.
     *
     * @param file the WARC file
     * @param name how locations name it, such as {@code crawl.warc.gz} or {@code site.wacz!archive/a.warc.gz}
     * @param containerFile the container as the user named it (the WARC or WACZ file)
     * @param entry the WARC file's path inside a WACZ, or null
     * @param archivedAs the container's path in a bundle
     * @param sink receives documents
     * @param index the container's records read so far, shared by the WARC files of a WACZ
     */
    WarcFileReader(Path file, String name, String containerFile, @Nullable String entry, String archivedAs,
            ContainerSink sink, RecordIndex index) {
        this.file = file;
        this.name = name;
        this.containerFile = containerFile;
        this.entry = entry;
        this.archivedAs = archivedAs;
        this.sink = sink;
        this.index = index;
    }

    /**
     * Reads every record.
     *
     * @throws IOException if the file is not a WARC file at all: its first record cannot be read
     */
    void read() throws IOException {
        long start = 0;
        while (start >= 0) {
            start = readFrom(start);
        }
    }

    /** A document copied out, handed over once its record is known to end where it says. */
    private record Pending(ContainedDocument document, long offset, String id, String target, Instant date,
            @Nullable String payloadDigest) {
    }

    /** Reads records from {@code start}; returns where to go on after a damaged one, or -1 at the end. */
    private long readFrom(long start) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            channel.position(start);
            WarcReader reader;
            try {
                reader = new WarcReader(channel);
            } catch (IOException e) {
                if (start == 0) {
                    throw e;
                }
                sink.failed(location(start), "the file ends in a damaged record: " + problem(e));
                return -1;
            }
            boolean gzip = reader.compression() == WarcCompression.GZIP;
            List<String> warnings = new ArrayList<>();
            reader.onWarning(warnings::add);
            reader.calculateBlockDigest();
            Pending pending = null;
            boolean first = start == 0;
            while (true) {
                warnings.clear();
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    long at = reader.position();
                    if (first) {
                        throw e instanceof IOException io ? io : new IOException(problem(e), e);
                    }
                    if (pending != null && pending.offset() == at) {
                        // The pending document's own record broke off after its payload (a damaged
                        // gzip trailer, say): it is not handed over.
                        deleteQuietly(pending.document().file());
                        sink.failed(location(at), problem(e));
                    } else if (!hand(pending, warnings)) {
                        sink.failed(location(at), problem(e));
                    }
                    return Resync.after(file, at, gzip);
                }
                hand(pending, warnings);
                pending = null;
                first = false;
                if (next.isEmpty()) {
                    return -1;
                }
                WarcRecord record = next.get();
                try {
                    pending = take(record);
                } catch (IOException | RuntimeException e) {
                    sink.failed(location(record.position()), problem(e));
                    if (e instanceof EOFException || e instanceof ZipException) {
                        return Resync.after(file, record.position(), gzip);
                    }
                }
            }
        }
    }

    /**
     * Hands a pending document over, or reports it if its record did not end where its length
     * said. Returns whether it did not.
     */
    private boolean hand(@Nullable Pending pending, List<String> warnings) {
        if (pending == null) {
            return false;
        }
        ContainedDocument document = pending.document();
        if (warnings.contains(TRAILER_WARNING)) {
            deleteQuietly(document.file());
            sink.failed(document.location(), "the record does not end where its Content-Length says"
                    + " (no end-of-record marker follows): the file is damaged or the length is wrong");
            return true;
        }
        index.document(pending.id(), pending.target(), pending.date(), pending.payloadDigest(),
                document.checksums().sha256());
        sink.document(document);
        return false;
    }

    private @Nullable Pending take(WarcRecord record) throws IOException {
        if (record instanceof WarcResponse response) {
            return response(response);
        }
        if (record instanceof WarcResource resource) {
            return resource(resource);
        }
        if (record instanceof WarcRevisit revisit) {
            revisit(revisit);
            return null;
        }
        sink.ignored(record.headers().sole("WARC-Type").orElse("untyped") + " record");
        return null;
    }

    private @Nullable Pending response(WarcResponse response) throws IOException {
        String location = location(response.position());
        String id = id(response);
        String target = response.target();
        if (target == null) {
            sink.failed(location, "a response record without a WARC-Target-URI");
            return null;
        }
        Instant date = date(response);
        MediaType blockType = response.contentType().base();
        if (!blockType.equals(MediaType.HTTP)) {
            index.other(id, target, date);
            sink.ignored(blockType + " response");
            return null;
        }
        HttpResponse http = response.http();
        int status = http.status();
        if (status < 200 || status > 299 || status == 204 || status == 206) {
            index.other(id, target, date);
            sink.ignored("HTTP " + status + " response");
            return null;
        }
        if (isRobotsTxt(target)) {
            index.other(id, target, date);
            sink.ignored("robots.txt response");
            return null;
        }
        String declared = response.identifiedPayloadType().map(MediaType::toString)
                .orElse(http.headers().first("Content-Type").orElse(null));
        if (!sink.wants(declared == null ? "" : declared)) {
            index.other(id, target, date);
            sink.ignored(baseType(declared) + " response");
            return null;
        }
        Optional<String> encoding = unsupportedEncoding(http);
        if (encoding.isPresent()) {
            sink.failed(location, "the payload is compressed with Content-Encoding " + encoding.get()
                    + ", which Verbatim does not decode; the record is kept in the archived WARC file");
            return null;
        }
        Origin origin = new Origin(Origin.WARC_RECORD, target, date, lastModified(http),
                new HttpRecord(target, status, List.of(), http.headers().map()), ref(response));
        return copy(response, http.bodyDecoded(), location, id, target, date, origin, declared);
    }

    private @Nullable Pending resource(WarcResource resource) throws IOException {
        String location = location(resource.position());
        String id = id(resource);
        String target = resource.target();
        String scheme = target == null ? null : scheme(target);
        if (target == null || scheme == null || !scheme.matches("(?i)https?|file|ftp")) {
            sink.ignored("resource record" + (scheme == null ? "" : " for a " + scheme + ": URI"));
            return null;
        }
        Instant date = date(resource);
        String declared = resource.headers().first("Content-Type").orElse(null);
        if (!sink.wants(declared == null ? "" : declared)) {
            index.other(id, target, date);
            sink.ignored(baseType(declared) + " resource");
            return null;
        }
        Origin origin = new Origin(Origin.WARC_RECORD, target, date, null, null, ref(resource));
        return copy(resource, resource.body(), location, id, target, date, origin, declared);
    }

    /** Copies a document's payload out and checks the record's block digest. */
    private @Nullable Pending copy(WarcTargetRecord record, MessageBody payload, String location, String id,
            String target, Instant date, Origin origin, @Nullable String declared) throws IOException {
        if (record.segmentNumber().isPresent()) {
            sink.failed(location, "a segmented record (WARC-Segment-Number), which Verbatim does not join;"
                    + " the record is kept in the archived WARC file");
            return null;
        }
        Path out = sink.newFile();
        Checksums sums;
        try (InputStream in = payload.stream();
                OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
            sums = ChecksummingCopy.copy(in, o);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(out);
            throw e;
        }
        Optional<WarcDigest> declaredDigest = record.blockDigest();
        Optional<WarcDigest> actual = record.calculatedBlockDigest();
        if (declaredDigest.isPresent() && actual.isPresent() && !declaredDigest.get().equals(actual.get())) {
            deleteQuietly(out);
            sink.failed(location, "the record is damaged: its content does not match its WARC-Block-Digest ("
                    + declaredDigest.get().algorithm() + ")");
            return null;
        }
        WarcTruncationReason truncated = record.truncated();
        String problem = truncated == WarcTruncationReason.NOT_TRUNCATED ? null
                : "the crawler cut this record short (WARC-Truncated: " + truncated.name().toLowerCase(Locale.ROOT)
                        + "), so its payload is incomplete; it is archived but not read";
        String digest = record.payloadDigest().map(d -> d.algorithm() + ":" + d.base32()).orElse(null);
        ContainedDocument document = new ContainedDocument(location, origin, out, sums, lastSegment(target),
                declared, problem);
        return new Pending(document, record.position(), id, target, date, digest);
    }

    private void revisit(WarcRevisit revisit) {
        String location = location(revisit.position());
        String refersTo = revisit.refersTo().map(URI::toString).orElse(null);
        String refersToTarget = revisit.refersToTargetURI().map(URI::toString).orElse(null);
        Instant refersToDate = revisit.refersToDate().orElse(null);
        String digest = revisit.payloadDigest().map(d -> d.algorithm() + ":" + d.base32()).orElse(null);
        String target = revisit.target();
        if (target == null) {
            sink.failed(location, "a revisit record without a WARC-Target-URI");
            return;
        }
        HttpRecord http = null;
        String declared = null;
        try {
            HttpResponse response = revisit.http();
            http = new HttpRecord(target, response.status(), List.of(), response.headers().map());
            declared = response.headers().first("Content-Type").orElse(null);
        } catch (IOException | RuntimeException e) {
            // A revisit need not record the response's headers.
        }
        Origin origin;
        try {
            origin = new Origin(Origin.WARC_RECORD, target, date(revisit), null, http, ref(revisit));
        } catch (RecordException e) {
            sink.failed(location, e.getMessage());
            return;
        }
        Optional<String> sha = index.find(refersTo, refersToTarget, refersToDate, digest);
        if (sha.isPresent()) {
            sink.sameAs(location, origin, sha.get());
        } else if (index.isOther(refersTo, refersToTarget, refersToDate)
                || declared != null && !sink.wants(declared)) {
            sink.ignored("revisit of a response that is not an article");
        } else {
            String revisited = refersTo != null ? refersTo
                    : refersToTarget != null ? refersToTarget + (refersToDate == null ? "" : " at " + refersToDate)
                    : digest != null ? "the payload " + digest : "an unnamed record";
            sink.skipped(location, "a revisit of " + revisited + ", whose original record is not in "
                    + (entry == null ? "this file" : "this WACZ file"));
        }
    }

    private WarcRecordRef ref(WarcRecord record) throws RecordException {
        return new WarcRecordRef(containerFile, entry, record.position(), id(record), archivedAs);
    }

    private static String id(WarcRecord record) throws RecordException {
        String id = record.headers().sole("WARC-Record-ID").orElse("").strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        if (id.isEmpty()) {
            throw new RecordException("a record without a WARC-Record-ID");
        }
        return id;
    }

    private static Instant date(WarcRecord record) throws RecordException {
        String date = record.headers().sole("WARC-Date").orElse("").strip();
        try {
            return Instant.parse(date);
        } catch (DateTimeParseException e) {
            throw new RecordException(date.isEmpty() ? "a record without a WARC-Date"
                    : "a record whose WARC-Date is not a UTC date-time: " + oneLine(date));
        }
    }

    /** A record that breaks a rule of the format, such as one without a date: that record fails, the file goes on. */
    private static final class RecordException extends IOException {
        RecordException(String message) {
            super(message);
        }
    }

    private String location(long offset) {
        return name + "#offset=" + offset;
    }

    /** Returns a content coding jwarc does not decode without optional libraries, if the response has one. */
    private static Optional<String> unsupportedEncoding(HttpResponse http) {
        List<String> codings = http.headers().all("Content-Encoding");
        if (codings.size() > 1) {
            return Optional.of(String.join(", ", codings));
        }
        return codings.stream().map(c -> c.strip().toLowerCase(Locale.ROOT))
                .filter(c -> !List.of("", "identity", "none", "gzip", "x-gzip", "deflate").contains(c)).findFirst();
    }

    private static @Nullable Instant lastModified(HttpResponse http) {
        Optional<String> value = http.headers().first("Last-Modified");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.get().strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isRobotsTxt(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        int query = lower.indexOf('?');
        return (query < 0 ? lower : lower.substring(0, query)).matches("[a-z]+://[^/]+/robots\\.txt");
    }

    /** Returns a URI's scheme, or null if it has none. */
    private static @Nullable String scheme(String uri) {
        int colon = uri.indexOf(':');
        return colon > 0 && uri.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*") ? uri.substring(0, colon) : null;
    }

    /** Returns the last segment of a URL's path, a file-name hint for detection, or empty. */
    static String lastSegment(String target) {
        String path = target;
        int cut = path.indexOf('?');
        path = cut < 0 ? path : path.substring(0, cut);
        cut = path.indexOf('#');
        path = cut < 0 ? path : path.substring(0, cut);
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String baseType(@Nullable String type) {
        if (type == null || type.isBlank()) {
            return "untyped";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Says what is wrong with a record in a few words. */
    static String problem(Throwable e) {
        if (e instanceof EOFException) {
            return "the file ends inside this record (it is truncated)";
        }
        if (e instanceof ZipException) {
            return "the record's gzip compression is damaged (" + e.getMessage() + ")";
        }
        if (e instanceof org.netpreserve.jwarc.ParsingException parsing) {
            String message = parsing.getBaseMessage() == null ? "" : parsing.getBaseMessage();
            if (message.startsWith("invalid HTTP")) {
                return "the record's HTTP message is not valid";
            }
            if (message.startsWith("chunked")) {
                return "the record's HTTP payload has invalid chunked encoding";
            }
            return "not a valid WARC record header";
        }
        if (e instanceof RecordException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return "cannot read the record: " + (message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + oneLine(message));
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The sink deletes what is left when the reader returns.
        }
    }
}
