package io.github.verbatim.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Turns an I/O failure into the few words a message about one file needs. */
final class IoErrors {

    private IoErrors() {
    }

    /**
     * Describes an I/O failure that happened to {@code subject}, without repeating its name: for
     * a failure about another file (a parent folder, say) that file is named.
     *
     * @param e the failure
     * @param subject the file the message is about, as the user named it
     * @return such as {@code permission denied} or {@code /tmp/a: exists and is not a folder}
     */
    static String describe(IOException e, String subject) {
        if (!(e instanceof FileSystemException) && e.getCause() instanceof FileSystemException cause) {
            // Verbatim wraps a file-system failure to name the input; the cause says it more precisely.
            return describe(cause, subject);
        }
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            String reason = reason(fse);
            return fse.getFile().equals(subject) ? reason : fse.getFile() + ": " + reason;
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String prefix = subject + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (e instanceof FileAlreadyExistsException) {
            return Files.isDirectory(Path.of(e.getFile())) ? "already exists" : "exists and is not a folder";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
