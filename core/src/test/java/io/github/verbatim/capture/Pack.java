package io.github.verbatim.capture;

import io.github.verbatim.model.HttpRecord;
import io.github.verbatim.model.Origin;
import io.github.verbatim.model.WarcRecordRef;
import io.github.verbatim.read.MediaTypeDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container format made for tests, so that the core's side of containers is tested without any
 * web-archive library: a file starting {@code PACK}, then parts, each a line
 * {@code === KIND NAME [TYPE]} and the part's text.
 *
 * <p>Kinds: {@code doc} (a document, declared as TYPE), {@code bad} (handed over with a problem),
 * {@code same N} (the same bytes as part N), {@code skip}, {@code image} (ignored),
 * {@code corrupt} (a damaged part), {@code leftover} (written out but not handed over),
 * {@code stop} (the reader gives up with an exception).
 */
public final class Pack {

    /** The media type of a pack. */
    public static final String TYPE = "application/x-pack";
    /** When every part was captured. */
    public static final Instant DATE = Instant.parse("2020-10-01T12:00:00Z");

    private Pack() {
    }

    /** Returns a pack of the given parts, each {@code KIND NAME [TYPE]\ntext}. */
    public static String of(String... parts) {
        StringBuilder pack = new StringBuilder("PACK\n");
        for (String part : parts) {
            pack.append("=== ").append(part).append(part.endsWith("\n") ? "" : "\n");
        }
        return pack.toString();
    }

    /** Detects packs by their first line. */
    public static final class Detector implements MediaTypeDetector {
        @Override
        public Optional<String> detect(Path file, String name) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("PACK\n")
                        ? Optional.of(TYPE) : Optional.empty();
            }
        }

        @Override
        public int priority() {
            return 10;
        }
    }

    /** Reads packs, or any other type given, as packs. */
    public static final class Reader implements ContainerReader {
        private final String type;

        /** Reads {@link #TYPE}. */
        public Reader() {
            this(TYPE);
        }

        /** Reads the given type as a pack (a fetcher's WARC files, in tests). */
        public Reader(String type) {
            this.type = type;
        }

        @Override
        public String name() {
            return "pack";
        }

        @Override
        public boolean reads(String mediaType) {
            return mediaType.equals(type);
        }

        @Override
        public void read(Path file, Container container, ContainerSink sink) throws IOException {
            String[] parts = Files.readString(file).split("(?m)^=== ", -1);
            if (!parts[0].equals("PACK\n")) {
                throw new IOException("no PACK header");
            }
            Map<Integer, String> shas = new HashMap<>();
            for (int n = 1; n < parts.length; n++) {
                String part = parts[n];
                int nl = part.indexOf('\n');
                String[] head = part.substring(0, nl).split(" ");
                String text = part.substring(nl + 1);
                String location = container.location() + "#" + n;
                String url = "https://example.org/" + head[1];
                String declared = head.length > 2 ? head[2] : null;
                Origin origin = new Origin(Origin.WARC_RECORD, url, DATE, null,
                        new HttpRecord(url, 200, List.of(), declared == null ? Map.of()
                                : Map.of("Content-Type", List.of(declared))),
                        new WarcRecordRef(container.location(), null, n, "urn:uuid:part-" + n, container.archivedAs()));
                switch (head[0]) {
                    case "doc", "bad", "leftover" -> {
                        if (!sink.wants(declared == null ? "" : declared)) {
                            sink.ignored(declared + " part");
                            continue;
                        }
                        Path out = sink.newFile();
                        Checksums sums;
                        try (OutputStream o = Files.newOutputStream(out)) {
                            sums = ChecksummingCopy.copy(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), o);
                        }
                        shas.put(n, sums.sha256());
                        if (!head[0].equals("leftover")) {
                            sink.document(new ContainedDocument(location, origin, out, sums, head[1], declared,
                                    head[0].equals("bad") ? "the part is incomplete" : null));
                        }
                    }
                    case "same" -> sink.sameAs(location, origin, shas.get(Integer.parseInt(text.strip())));
                    case "skip" -> sink.skipped(location, "a part to skip");
                    case "image" -> sink.ignored("image/png part");
                    case "corrupt" -> sink.failed(location, "damaged part");
                    case "stop" -> throw new IOException("unexpected end of pack");
                    default -> throw new IllegalArgumentException(head[0]);
                }
            }
        }
    }
}
