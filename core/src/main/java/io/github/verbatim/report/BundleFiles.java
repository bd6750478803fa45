package io.github.verbatim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.verbatim.json.VerbatimJson;
import io.github.verbatim.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bundle's article documents and {@code collection.json} from a bag folder or a zip,
 * without extracting anything: only entries named exactly like those documents are opened.
 */
final class BundleFiles {

    private static final Pattern ARTICLE = Pattern.compile("data/articles/[0-9a-f]{64}\\.json");
    private static final String COLLECTION = "data/collection.json";

    private BundleFiles() {
    }

    static BundleView read(Path bundle) throws IOException {
        if (!Files.exists(bundle)) {
            throw new NoSuchFileException(bundle.toString());
        }
        Map<String, byte[]> documents = Files.isDirectory(bundle) ? fromFolder(bundle) : fromZip(bundle);
        byte[] collection = documents.remove(COLLECTION);
        if (collection == null && documents.isEmpty()) {
            throw new IOException(bundle + " is not a Verbatim bundle: it has no " + COLLECTION
                    + " and no data/articles/");
        }
        List<Article> articles = new ArrayList<>();
        for (String path : order(documents, collection)) {
            try {
                articles.add(VerbatimJson.read(documents.get(path), Article.class));
            } catch (IOException e) {
                throw new IOException(path + " in " + bundle + " is not an article document: " + e.getMessage(), e);
            }
        }
        return collection == null ? BundleView.of(articles) : BundleView.of(articles, collection);
    }

    /** Returns the article documents' paths in collection order, then any the collection does not list. */
    private static List<String> order(Map<String, byte[]> documents, byte @Nullable [] collection) throws IOException {
        List<String> paths = new ArrayList<>();
        if (collection != null) {
            JsonNode listed = new ObjectMapper().readTree(collection).path("articles");
            for (JsonNode entry : listed) {
                String path = entry.path("path").asText();
                if (documents.containsKey(path) && !paths.contains(path)) {
                    paths.add(path);
                }
            }
        }
        new TreeMap<>(documents).keySet().stream().filter(p -> !paths.contains(p)).forEach(paths::add);
        return paths;
    }

    private static Map<String, byte[]> fromFolder(Path bag) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Path collection = bag.resolve(COLLECTION);
        if (Files.isRegularFile(collection, LinkOption.NOFOLLOW_LINKS)) {
            out.put(COLLECTION, Files.readAllBytes(collection));
        }
        Path articles = bag.resolve("data/articles");
        if (Files.isDirectory(articles, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(articles)) {
                for (Path file : files) {
                    String path = "data/articles/" + file.getFileName();
                    if (ARTICLE.matcher(path).matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        out.put(path, Files.readAllBytes(file));
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, byte[]> fromZip(Path zip) throws IOException {
        if (!zip.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new IOException(zip + " is neither a bundle folder nor a .zip file");
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String prefix = topFolder(file);
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix)) {
                    continue;
                }
                String path = name.substring(prefix.length());
                if (path.equals(COLLECTION) || ARTICLE.matcher(path).matches()) {
                    try (InputStream in = file.getInputStream(entry)) {
                        out.put(path, in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }

    /** Returns "" for a bag at the zip's top, or "name/" for a bag in one top folder. */
    private static String topFolder(ZipFile file) {
        if (file.getEntry("bagit.txt") != null) {
            return "";
        }
        Enumeration<? extends ZipEntry> entries = file.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            int slash = name.indexOf('/');
            if (slash > 0 && name.substring(slash + 1).equals("bagit.txt")) {
                return name.substring(0, slash + 1);
            }
        }
        return "";
    }
}
