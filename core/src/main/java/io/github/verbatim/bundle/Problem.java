package io.github.verbatim.bundle;

/**
 * One thing wrong with a bag, naming the file.
 *
 * @param kind what kind of problem
 * @param path the file's path inside the bag, {@code /}-separated
 * @param detail what exactly is wrong
 */
public record Problem(Kind kind, String path, String detail) {

    /** What kind of problem a bag has with a file. */
    public enum Kind {
        /** A file's bytes differ from its manifest checksum. */
        CHANGED,
        /** A file a manifest lists is not in the bag. */
        MISSING,
        /** A file in the bag that no manifest lists. */
        ADDED,
        /** A tag file that does not follow BagIt: {@code bagit.txt}, {@code bag-info.txt}, a manifest line. */
        MALFORMED,
        /** A path that would escape the bag: absolute, with {@code ..}, with a backslash. */
        UNSAFE_PATH
    }

    /** Returns {@code KIND path: detail}, the way the command line reports it. */
    @Override
    public String toString() {
        return kind + " " + path + ": " + detail;
    }
}
