package io.github.verbatim.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/** The files of a bag, in a directory or a zip, by path relative to the bag's top. */
interface BagContents extends Closeable {

    /** Returns every file's path, {@code /}-separated, relative to the bag's top. */
    Set<String> files();

    /** Returns problems found while listing, such as unsafe entry names in a zip. */
    List<Problem> listingProblems();

    /** Opens a file for reading. */
    InputStream open(String path) throws IOException;
}
