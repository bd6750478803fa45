package io.github.verbatim.tika;

import io.github.verbatim.read.ReadException;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.AccessPermissionException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/** Says in one sentence why Tika could not read a document. */
final class ParseFailures {

    private static final int MAX_DETAIL = 200;
    /** How deep a cause chain is followed; guards against cycles. */
    private static final int MAX_CAUSES = 32;

    private ParseFailures() {
    }

    /**
     * Returns the exception to throw for a failed parse.
     *
     * @param input the input's name or location
     * @param type the type the document was read as
     * @param failure what Tika threw: a {@link org.apache.tika.exception.TikaException} or a
     *     {@link org.xml.sax.SAXException}
     * @param writeLimit the reader's limit on characters of text
     * @return the exception, its problem naming what is wrong
     */
    static ReadException of(String input, String type, Exception failure, int writeLimit) {
        return new ReadException(input, problem(type, failure, writeLimit), failure);
    }

    static String problem(String type, Exception failure, int writeLimit) {
        if (WriteLimitReachedException.isWriteLimitReached(failure)) {
            return "more than " + writeLimit + " characters of text, the most Verbatim reads from one document";
        }
        List<Throwable> causes = causes(failure);
        if (has(causes, EncryptedDocumentException.class)) {
            return "encrypted " + type + ": it cannot be read without its password";
        }
        if (has(causes, AccessPermissionException.class)) {
            return "the " + type + " forbids extracting its text";
        }
        if (has(causes, ZeroByteFileException.class)) {
            return "empty file (0 bytes), no text to read";
        }
        if (has(causes, UnsupportedFormatException.class)) {
            return "a variant of " + type + " Tika does not read (" + detail(causes) + ")";
        }
        Throwable root = causes.get(causes.size() - 1);
        if (root instanceof RuntimeException) {
            // A parser bug, or a parser tripping over odd input: do not blame the file outright.
            String message = root.getMessage();
            return "cannot read it as " + type + ": Tika's parser failed on it (" + root.getClass().getSimpleName()
                    + (message == null || message.isBlank() ? "" : ": " + oneLine(message))
                    + "); the file may be damaged";
        }
        return "cannot read it as " + type + ": the file is damaged, truncated or not in that format ("
                + detail(causes) + ")";
    }

    /** Returns the failure and its causes, outermost first. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = failure; t != null && causes.size() < MAX_CAUSES && !causes.contains(t); t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }

    private static boolean has(List<Throwable> causes, Class<? extends Throwable> type) {
        return causes.stream().anyMatch(type::isInstance);
    }

    /**
     * Returns the innermost message, which names the actual problem ("Page tree root must be a
     * dictionary") where the outer ones name Tika's plumbing ("TIKA-198: Illegal IOException from
     * …"), or the innermost exception's class if no cause has a message.
     */
    private static String detail(List<Throwable> causes) {
        for (int i = causes.size() - 1; i >= 0; i--) {
            String message = causes.get(i).getMessage();
            if (message != null && !message.isBlank()) {
                return oneLine(message);
            }
        }
        return causes.get(causes.size() - 1).getClass().getSimpleName();
    }

    /** Returns the message on one line, at most {@value #MAX_DETAIL} characters. */
    private static String oneLine(String message) {
        String line = message.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "…" : line;
    }
}
