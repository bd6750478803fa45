package io.github.verbatim.capture;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the files a user named: files as given, folders walked recursively in name order; and
 * checks the URLs a user named.
 *
 * <p>Hidden files and folders (names starting with {@code .}) are left out, as are symbolic links
 * to folders (which could loop) and anything that is not a regular file (a pipe would block). A
 * file reached twice, by two arguments or two links, is taken once. Paths to exclude (a bundle's
 * own output inside an input folder) are skipped with a note. Nothing here throws for one bad
 * input: each problem becomes an {@link InputIssue}.
 */
public final class InputCollector {

    /** Folders deeper than this below an input are not walked. */
    public static final int MAX_DEPTH = 64;

    private final List<Path> excluded;

    /**
     * Creates a collector.
     *
     * @param excluded paths never to take, with everything below them
     */
    public InputCollector(List<Path> excluded) {
        this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /**
     * Scans the inputs.
     *
     * @param inputs files and folders as the user gave them
     * @return the files found and the inputs not taken
     */
    public InputScan scan(List<Path> inputs) {
        return collect(inputs.stream().map(Input::file).toList());
    }

    /**
     * Scans inputs that may include URLs. A URL is checked, not fetched: one that is not an
     * {@code http} or {@code https} URL with a host is a failure; one given twice is taken once.
     *
     * @param inputs files, folders and URLs as the user gave them
     * @return the files and URLs found, and the inputs not taken
     */
    public InputScan collect(List<Input> inputs) {
        Walk walk = new Walk();
        Map<URI, String> urls = new HashMap<>();
        for (Input input : inputs) {
            if (input instanceof Input.UrlInput url) {
                takeUrl(url.url(), walk.found, urls);
                continue;
            }
            Path path = ((Input.FileInput) input).path();
            String location = slashes(path.toString());
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                walk.found.add(new InputIssue(location, "no such file or folder", true));
            } else {
                walk.visit(path, location, 0, true);
            }
        }
        return new InputScan(walk.found);
    }

    private static void takeUrl(String location, List<ScannedInput> found, Map<URI, String> seen) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            found.add(new InputIssue(location, "not a valid URL: " + e.getReason()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""), true));
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            found.add(new InputIssue(location, "not a URL Verbatim fetches: only http and https are", true));
            return;
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            found.add(new InputIssue(location, "not a valid URL: it names no host", true));
            return;
        }
        String first = seen.putIfAbsent(uri.normalize(), location);
        if (first != null) {
            found.add(new InputIssue(location, "skipped: the same URL as " + first + ", fetched once", false));
            return;
        }
        found.add(new InputUrl(uri, location));
    }

    private final class Walk {
        final List<ScannedInput> found = new ArrayList<>();
        final Map<Path, String> seen = new HashMap<>();

        void visit(Path path, String location, int depth, boolean given) {
            if (!given && path.getFileName().toString().startsWith(".")) {
                return;
            }
            Path absolute = path.toAbsolutePath().normalize();
            for (Path excludedPath : excluded) {
                if (absolute.startsWith(excludedPath)) {
                    found.add(new InputIssue(location, "skipped: it is the bundle's own output", false));
                    return;
                }
            }
            boolean link = Files.isSymbolicLink(path);
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) || (given && Files.isDirectory(path))) {
                walkFolder(path, location, depth);
            } else if (Files.isRegularFile(path)) {
                take(path, location);
            } else if (link && Files.isDirectory(path)) {
                found.add(new InputIssue(location, "skipped: symbolic link to a folder, not followed", false));
            } else if (link && !Files.exists(path)) {
                found.add(new InputIssue(location, "cannot read: broken symbolic link (" + target(path) + ")", true));
            } else {
                found.add(new InputIssue(location, "skipped: not a regular file (a device, pipe or socket)", false));
            }
        }

        private void walkFolder(Path folder, String location, int depth) {
            if (depth >= MAX_DEPTH) {
                found.add(new InputIssue(location, "skipped: folder more than " + MAX_DEPTH + " levels deep", true));
                return;
            }
            List<Path> children;
            try (Stream<Path> list = Files.list(folder)) {
                children = list.sorted().toList();
            } catch (IOException e) {
                found.add(new InputIssue(location, "cannot list folder: " + describe(e), true));
                return;
            }
            for (Path child : children) {
                String name = child.getFileName().toString();
                visit(child, location.endsWith("/") ? location + name : location + "/" + name, depth + 1, false);
            }
        }

        private void take(Path file, String location) {
            Path key;
            try {
                key = file.toRealPath();
            } catch (IOException e) {
                found.add(new InputIssue(location, "cannot read: " + describe(e), true));
                return;
            }
            String first = seen.putIfAbsent(key, location);
            if (first != null) {
                found.add(new InputIssue(location, "skipped: the same file as " + first + ", taken once", false));
                return;
            }
            found.add(new InputFile(file, location));
        }

        private String target(Path link) {
            try {
                return "points to " + Files.readSymbolicLink(link);
            } catch (IOException e) {
                return "target unreadable";
            }
        }
    }

    /**
     * Describes an I/O failure in a few words a user understands.
     *
     * @param e the failure
     * @return a short reason, such as {@code permission denied}
     */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file (it vanished or never existed)";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
