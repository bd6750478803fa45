package io.github.verbatim.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Builds WARC files for tests with jwarc, as crawlers write them: block and payload digests,
 * record ids {@code urn:uuid:00000000-0000-0000-0000-00000000000N}, one record per gzip member when
 * compressed. Remembers each record's bytes, so tests can damage one.
 */
final class WarcBuilder {

    static final Instant DATE = Instant.parse("2020-10-01T08:30:00Z");

    private final List<WarcRecord> records = new ArrayList<>();
    private final Map<Integer, String> names = new LinkedHashMap<>();
    private int next;

    /** Returns the id of the n-th record added, from 1. */
    static String id(int n) {
        return "urn:uuid:" + new UUID(0, n);
    }

    WarcBuilder warcinfo() throws IOException {
        return add(new Warcinfo.Builder().recordId(new UUID(0, next + 1)).date(DATE)
                .fields(Map.of("software", List.of("test"))).build(), "warcinfo");
    }

    WarcBuilder request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", URI.create(url).getRawPath())
                .addHeader("Host", URI.create(url).getHost()).build();
        return add(new WarcRequest.Builder(url).recordId(new UUID(0, next + 1)).date(DATE)
                .blockDigest(digest(http.serializeHeader(), new byte[0])).body(http).build(), "request");
    }

    WarcBuilder response(String url, int status, String contentType, byte[] body) throws IOException {
        return response(url, status, contentType, body, Map.of(), DATE, WarcTruncationReason.NOT_TRUNCATED);
    }

    WarcBuilder response(String url, int status, String contentType, String body) throws IOException {
        return response(url, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    WarcBuilder response(String url, int status, String contentType, byte[] body, Map<String, String> headers,
            Instant date, WarcTruncationReason truncated) throws IOException {
        HttpResponse.Builder builder = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body);
        headers.forEach(builder::addHeader);
        HttpResponse http = builder.build();
        byte[] head = http.serializeHeader();
        return add(new WarcResponse.Builder(url).recordId(new UUID(0, next + 1)).date(date)
                .blockDigest(digest(head, body)).payloadDigest(digest(new byte[0], body)).truncated(truncated)
                .body(MediaType.HTTP_RESPONSE, java.nio.channels.Channels.newChannel(
                        new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head),
                                new java.io.ByteArrayInputStream(body))), head.length + body.length)
                .build(), "response " + url);
    }

    WarcBuilder revisit(String url, int refersTo, String refersToUrl, byte[] sameBody) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build();
        WarcRevisit.Builder builder = new WarcRevisit.Builder(url, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_0)
                .recordId(new UUID(0, next + 1)).date(DATE.plusSeconds(3600)).body(http)
                .payloadDigest(digest(new byte[0], sameBody));
        if (refersTo > 0) {
            builder.refersTo(URI.create(id(refersTo)), refersToUrl, DATE);
        }
        return add(builder.build(), "revisit " + url);
    }

    WarcBuilder resource(String url, String contentType, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return add(new WarcResource.Builder(URI.create(url)).recordId(new UUID(0, next + 1)).date(DATE)
                .blockDigest(digest(new byte[0], body)).body(MediaType.parse(contentType), body).build(), "resource");
    }

    WarcBuilder metadata(String url) throws IOException {
        return add(new WarcMetadata.Builder().recordId(new UUID(0, next + 1)).date(DATE)
                .fields(Map.of("outlink", List.of(url))).build(), "metadata");
    }

    private WarcBuilder add(WarcRecord record, String name) {
        records.add(record);
        names.put(++next, name);
        return this;
    }

    /** Returns each record's serialized bytes (gzip members if compressed), in order. */
    List<byte[]> bytes(boolean gzip) throws IOException {
        List<byte[]> all = new ArrayList<>();
        for (WarcRecord record : records) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new WarcWriter(out).write(record);
            byte[] plain = out.toByteArray();
            if (gzip) {
                ByteArrayOutputStream compressed = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(compressed)) {
                    z.write(plain);
                }
                plain = compressed.toByteArray();
            }
            all.add(plain);
        }
        return all;
    }

    /** Writes the records to a file; returns each record's offset. */
    List<Long> write(Path file, boolean gzip) throws IOException {
        return write(file, bytes(gzip));
    }

    /** Writes records' bytes to a file; returns each record's offset. */
    static List<Long> write(Path file, List<byte[]> records) throws IOException {
        List<Long> offsets = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] record : records) {
            offsets.add((long) out.size());
            out.write(record);
        }
        Files.write(file, out.toByteArray());
        return offsets;
    }

    private static WarcDigest digest(byte[] head, byte[] body) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(head);
            sha1.update(body);
            return new WarcDigest(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static MessageVersion version() {
        return MessageVersion.WARC_1_0;
    }
}
