package io.github.verbatim.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A bag in a directory. Symbolic links are reported, never followed. */
final class DirectoryBagContents implements BagContents {

    private final Path root;
    private final Set<String> files = new TreeSet<>();
    private final List<Problem> problems = new ArrayList<>();

    DirectoryBagContents(Path root) throws IOException {
        this.root = root;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (attrs.isSymbolicLink()) {
                    problems.add(new Problem(Problem.Kind.UNSAFE_PATH, path, "symbolic link in a bag, not followed"));
                } else if (attrs.isRegularFile()) {
                    files.add(path);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(new Problem(Problem.Kind.MISSING, root.relativize(file).toString().replace('\\', '/'),
                        "cannot read: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
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
        return Files.newInputStream(root.resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public void close() {
    }
}
