package io.github.verbatim.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Verifies a BagIt bag, as a directory or a zip: recomputes every checksum of every manifest and
 * tag manifest and reports, by file name, every file that was changed, removed or added, every
 * malformed tag file and every unsafe path.
 *
 * <p>A zip is read in place, never extracted. Reading its payload stops once more bytes come out
 * than {@code Payload-Oxum} declares, so a zip bomb costs no more than the bag claims to hold.
 */
public final class BagVerifier {

    /** Tag files larger than this are not read. */
    public static final int MAX_TAG_FILE_BYTES = 256 * 1024 * 1024;

    private static final Pattern MANIFEST = Pattern.compile("manifest-([a-z0-9]+)\\.txt");
    private static final Pattern TAG_MANIFEST = Pattern.compile("tagmanifest-([a-z0-9]+)\\.txt");
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]+)[ \\t]+(.+)");
    private static final Pattern OXUM = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Map<String, String> ALGORITHMS = Map.of(
            "md5", "MD5", "sha1", "SHA-1", "sha224", "SHA-224", "sha256", "SHA-256", "sha384", "SHA-384",
            "sha512", "SHA-512");

    /** Creates a verifier. */
    public BagVerifier() {
    }

    /**
     * Verifies a bag.
     *
     * @param bag a bag directory or a zip file holding one
     * @return the problems found, by file; none for a valid bag
     * @throws NoSuchFileException if there is nothing at {@code bag}
     * @throws IOException if {@code bag} is neither a directory nor a readable zip
     */
    public Verification verify(Path bag) throws IOException {
        if (!Files.exists(bag)) {
            throw new NoSuchFileException(bag.toString(), null, "no bag there");
        }
        BagContents contents;
        if (Files.isDirectory(bag)) {
            contents = new DirectoryBagContents(bag);
        } else {
            try {
                contents = new ZipBagContents(bag);
            } catch (ZipException e) {
                throw new IOException(bag + ": neither a bag directory nor a zip file (" + e.getMessage() + ")", e);
            }
        }
        try (contents) {
            return new Check(bag.toString(), contents).run();
        }
    }

    /** One verification. */
    private static final class Check {
        final String name;
        final BagContents contents;
        final List<Problem> problems = new ArrayList<>();
        int checked;

        Check(String name, BagContents contents) {
            this.name = name;
            this.contents = contents;
        }

        Verification run() throws IOException {
            problems.addAll(contents.listingProblems());
            Set<String> files = contents.files();
            if (!files.contains("bagit.txt")) {
                problems.add(new Problem(Problem.Kind.MISSING, "bagit.txt", "not a bag: there is no bagit.txt"));
                return new Verification(name, checked, problems);
            }
            checkBagitTxt(tagFields("bagit.txt"));

            Map<String, Map<String, String>> payloadManifests = manifests(files, MANIFEST, true);
            if (payloadManifests.isEmpty()) {
                problems.add(new Problem(Problem.Kind.MISSING, "manifest-sha512.txt", "the bag has no payload manifest"));
            }
            Set<String> payloadFiles = new TreeSet<>();
            for (String f : files) {
                if (f.startsWith("data/")) {
                    payloadFiles.add(f);
                }
            }
            long[] oxum = oxum(files);
            // Only a zip can inflate to more than it holds; a directory's files are read as they are.
            long budget = oxum == null || !(contents instanceof ZipBagContents) ? Long.MAX_VALUE : oxum[0];
            long payloadBytes = verifyFiles(payloadFiles, payloadManifests, budget);
            if (oxum != null && (oxum[0] != payloadBytes || oxum[1] != payloadFiles.size())) {
                problems.add(new Problem(Problem.Kind.MALFORMED, "bag-info.txt", "Payload-Oxum " + oxum[0] + "." + oxum[1]
                        + " does not match the payload, " + payloadBytes + "." + payloadFiles.size()));
            }

            Map<String, Map<String, String>> tagManifests = manifests(files, TAG_MANIFEST, false);
            if (!tagManifests.isEmpty()) {
                Set<String> tagFiles = new TreeSet<>();
                for (String f : files) {
                    if (!f.startsWith("data/") && !TAG_MANIFEST.matcher(f).matches()) {
                        tagFiles.add(f);
                    }
                }
                verifyFiles(tagFiles, tagManifests, Long.MAX_VALUE);
            }
            return new Verification(name, checked, problems);
        }

        private void checkBagitTxt(Map<String, String> fields) {
            String version = fields.get("BagIt-Version");
            if (version == null || !version.matches("\\d+\\.\\d+")) {
                problems.add(new Problem(Problem.Kind.MALFORMED, "bagit.txt", "no valid BagIt-Version line"));
            }
            String encoding = fields.get("Tag-File-Character-Encoding");
            if (encoding == null || !encoding.equalsIgnoreCase("UTF-8")) {
                problems.add(new Problem(Problem.Kind.MALFORMED, "bagit.txt",
                        "Tag-File-Character-Encoding must be UTF-8, is " + encoding));
            }
        }

        /** Returns [bytes, count] from bag-info.txt's Payload-Oxum, or null if absent or malformed. */
        private long[] oxum(Set<String> files) throws IOException {
            if (!files.contains("bag-info.txt")) {
                return null;
            }
            String value = tagFields("bag-info.txt").get("Payload-Oxum");
            if (value == null) {
                return null;
            }
            Matcher m = OXUM.matcher(value.strip());
            if (!m.matches()) {
                problems.add(new Problem(Problem.Kind.MALFORMED, "bag-info.txt", "Payload-Oxum is not bytes.count: " + value));
                return null;
            }
            try {
                return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
            } catch (NumberFormatException e) {
                problems.add(new Problem(Problem.Kind.MALFORMED, "bag-info.txt", "Payload-Oxum out of range: " + value));
                return null;
            }
        }

        /** Reads the manifests whose names match; returns algorithm -> (path -> expected hex). */
        private Map<String, Map<String, String>> manifests(Set<String> files, Pattern names, boolean payload)
                throws IOException {
            Map<String, Map<String, String>> manifests = new TreeMap<>();
            for (String file : files) {
                Matcher m = names.matcher(file);
                if (!m.matches()) {
                    continue;
                }
                String algorithm = m.group(1);
                if (!ALGORITHMS.containsKey(algorithm)) {
                    problems.add(new Problem(Problem.Kind.MALFORMED, file, "unsupported checksum algorithm " + algorithm));
                    continue;
                }
                Map<String, String> entries = new LinkedHashMap<>();
                String[] lines = readTag(file).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
                    if (line.isBlank()) {
                        continue;
                    }
                    Matcher entry = LINE.matcher(line);
                    if (!entry.matches()) {
                        problems.add(new Problem(Problem.Kind.MALFORMED, file, "line " + (i + 1) + " is not 'checksum path'"));
                        continue;
                    }
                    String path = ManifestPath.decode(entry.group(2));
                    String unsafe = ManifestPath.unsafe(path);
                    if (unsafe != null) {
                        problems.add(new Problem(Problem.Kind.UNSAFE_PATH, path, unsafe + " (" + file + " line " + (i + 1) + ")"));
                    } else if (payload != path.startsWith("data/")) {
                        problems.add(new Problem(Problem.Kind.MALFORMED, file, "line " + (i + 1) + " lists "
                                + (payload ? "a file outside data/: " : "a payload file: ") + path));
                    } else {
                        entries.put(path, entry.group(1).toLowerCase());
                    }
                }
                manifests.put(algorithm, entries);
            }
            return manifests;
        }

        /**
         * Checks files against manifests: added, missing, changed. Returns the bytes read.
         */
        private long verifyFiles(Set<String> present, Map<String, Map<String, String>> manifests, long budget)
                throws IOException {
            if (manifests.isEmpty()) {
                return 0;
            }
            Set<String> listed = new TreeSet<>();
            manifests.values().forEach(m -> listed.addAll(m.keySet()));
            for (String file : present) {
                List<String> notIn = new ArrayList<>();
                manifests.forEach((alg, entries) -> {
                    if (!entries.containsKey(file)) {
                        notIn.add(manifestName(alg, file));
                    }
                });
                if (!notIn.isEmpty()) {
                    problems.add(new Problem(Problem.Kind.ADDED, file, "not listed in " + String.join(", ", notIn)));
                }
            }
            long total = 0;
            for (String file : listed) {
                if (!present.contains(file)) {
                    problems.add(new Problem(Problem.Kind.MISSING, file, "listed in a manifest but not in the bag"));
                    continue;
                }
                Map<String, String> expected = new TreeMap<>();
                manifests.forEach((alg, entries) -> {
                    if (entries.containsKey(file)) {
                        expected.put(alg, entries.get(file));
                    }
                });
                long read = hashAndCompare(file, expected, budget - total);
                if (read < 0) {
                    return total;
                }
                total += read;
            }
            return total;
        }

        /** Hashes one file with each algorithm; returns bytes read, or -1 if the budget ran out. */
        private long hashAndCompare(String file, Map<String, String> expected, long budget) throws IOException {
            Map<String, MessageDigest> digests = new TreeMap<>();
            for (String alg : expected.keySet()) {
                try {
                    digests.put(alg, MessageDigest.getInstance(ALGORITHMS.get(alg)));
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
            long read = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = contents.open(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    read += n;
                    if (read > budget) {
                        problems.add(new Problem(Problem.Kind.CHANGED, file, "payload larger than Payload-Oxum declares;"
                                + " stopped reading (a zip bomb, or files grown)"));
                        return -1;
                    }
                    for (MessageDigest d : digests.values()) {
                        d.update(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                problems.add(new Problem(Problem.Kind.CHANGED, file, "cannot read: " + e.getMessage()));
                return 0;
            }
            checked++;
            for (Map.Entry<String, MessageDigest> d : digests.entrySet()) {
                String found = HexFormat.of().formatHex(d.getValue().digest());
                String want = expected.get(d.getKey());
                if (!found.equals(want)) {
                    problems.add(new Problem(Problem.Kind.CHANGED, file,
                            d.getKey() + " is " + found + ", the manifest says " + want));
                    break;
                }
            }
            return read;
        }

        private static String manifestName(String algorithm, String file) {
            return (file.startsWith("data/") ? "manifest-" : "tagmanifest-") + algorithm + ".txt";
        }

        private Map<String, String> tagFields(String file) throws IOException {
            Map<String, String> fields = new LinkedHashMap<>();
            String last = null;
            for (String line : readTag(file).split("\r\n|\r|\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                    fields.put(last, fields.get(last) + " " + line.strip());
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    problems.add(new Problem(Problem.Kind.MALFORMED, file, "line is not 'Label: value': " + line));
                    continue;
                }
                last = line.substring(0, colon).strip();
                fields.putIfAbsent(last, line.substring(colon + 1).strip());
            }
            return fields;
        }

        private String readTag(String file) throws IOException {
            try (InputStream in = contents.open(file)) {
                byte[] bytes = in.readNBytes(MAX_TAG_FILE_BYTES + 1);
                if (bytes.length > MAX_TAG_FILE_BYTES) {
                    problems.add(new Problem(Problem.Kind.MALFORMED, file, "larger than " + MAX_TAG_FILE_BYTES
                            + " bytes; read no further"));
                }
                String text = new String(bytes, 0, Math.min(bytes.length, MAX_TAG_FILE_BYTES), StandardCharsets.UTF_8);
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            }
        }
    }
}
