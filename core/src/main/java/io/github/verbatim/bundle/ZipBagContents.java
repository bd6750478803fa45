package io.github.verbatim.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bag serialized as a zip: at the zip's top, or in its single top-level folder. Entries are
 * read in place, never extracted, so a hostile entry name cannot write anywhere; unsafe names are
 * reported.
 */
final class ZipBagContents implements BagContents {

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final Set<String> files = new TreeSet<>();
    private final List<Problem> problems = new ArrayList<>();

    ZipBagContents(Path file) throws IOException {
        this.zip = new ZipFile(file.toFile());
        List<ZipEntry> all = new ArrayList<>();
        Enumeration<? extends ZipEntry> e = zip.entries();
        while (e.hasMoreElements()) {
            all.add(e.nextElement());
        }
        String prefix = topFolder(all);
        for (ZipEntry entry : all) {
            String name = entry.getName();
            String unsafe = ManifestPath.unsafe(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
            if (unsafe != null) {
                problems.add(new Problem(Problem.Kind.UNSAFE_PATH, name, unsafe));
                continue;
            }
            if (entry.isDirectory()) {
                continue;
            }
            if (!name.startsWith(prefix)) {
                problems.add(new Problem(Problem.Kind.ADDED, name, "outside the bag's folder " + prefix));
                continue;
            }
            String path = name.substring(prefix.length());
            if (entries.put(path, entry) != null) {
                problems.add(new Problem(Problem.Kind.MALFORMED, path, "appears twice in the zip"));
            }
            files.add(path);
        }
    }

    /** Returns "" for a bag at the zip's top, or "name/" for a bag in a single top folder. */
    private static String topFolder(List<ZipEntry> all) {
        for (ZipEntry entry : all) {
            if (entry.getName().equals("bagit.txt")) {
                return "";
            }
        }
        for (ZipEntry entry : all) {
            String name = entry.getName();
            int slash = name.indexOf('/');
            if (slash > 0 && name.substring(slash + 1).equals("bagit.txt")) {
                return name.substring(0, slash + 1);
            }
        }
        return "";
    }

    @Override
    public Set<String> files() {
        return files;
    }

    @Override
    public List<Problem> listingProblems() {
        return problems;
    }

    @Override
    public InputStream open(String path) throws IOException {
        ZipEntry entry = entries.get(path);
        if (entry == null) {
            throw new IOException("no entry " + path);
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
