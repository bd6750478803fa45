package io.github.verbatim.capture;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One input as a user names it: a file or folder, or the URL of a page to fetch.
 *
 * <pre>{@code
 * Input.parse("corpus/")                      // a folder, walked recursively
 * Input.parse("https://example.org/story")    // a URL, fetched
 * Input.file(Path.of("crawl.warc.gz"))        // a WARC file: each page in it is an article
 * }</pre>
 */
public sealed interface Input permits Input.FileInput, Input.UrlInput {

    /**
     * Returns a file or folder input.
     *
     * @param path the file or folder
     * @return the input
     */
    static Input file(Path path) {
        return new FileInput(path);
    }

    /**
     * Returns a URL input. The URL is checked when the input is collected: one that cannot be
     * fetched becomes a failure of its own, not an exception.
     *
     * @param url an {@code http} or {@code https} URL
     * @return the input
     */
    static Input url(String url) {
        return new UrlInput(url);
    }

    /**
     * Returns a URL input.
     *
     * @param url an {@code http} or {@code https} URL
     * @return the input
     */
    static Input url(URI url) {
        return new UrlInput(url.toString());
    }

    /**
     * Reads an input as the command line takes it: an argument starting with {@code http://} or
     * {@code https://} (in any case) is a URL, anything else a path.
     *
     * @param argument the argument
     * @return the input
     * @throws java.nio.file.InvalidPathException if the argument is neither a URL nor a path
     */
    static Input parse(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new UrlInput(argument);
        }
        return new FileInput(Path.of(argument));
    }

    /** Returns the input as the user would name it: the path with {@code /} separators, or the URL. */
    String location();

    /**
     * A file or folder.
     *
     * @param path the file or folder
     */
    record FileInput(Path path) implements Input {

        @Override
        public String location() {
            return path.toString().replace('\\', '/');
        }
    }

    /**
     * A URL to fetch.
     *
     * @param url the URL as given
     */
    record UrlInput(String url) implements Input {

        @Override
        public String location() {
            return url;
        }
    }
}
