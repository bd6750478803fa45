package io.github.verbatim.capture;

import java.util.List;

/**
 * What {@link InputCollector} found.
 *
 * @param files the files to capture, in a stable order
 * @param issues inputs not taken, and why
 */
public record InputScan(List<InputFile> files, List<InputIssue> issues) {

    /** Copies the lists. */
    public InputScan {
        files = List.copyOf(files);
        issues = List.copyOf(issues);
    }
}
