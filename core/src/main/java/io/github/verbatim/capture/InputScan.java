package io.github.verbatim.capture;

import java.util.List;

/**
 * What {@link InputCollector} found, in input order: the order of the arguments, and name order
 * inside each folder.
 *
 * @param inputs every file to capture, every URL to fetch and every input not taken
 */
public record InputScan(List<ScannedInput> inputs) {

    /** Copies the list. */
    public InputScan {
        inputs = List.copyOf(inputs);
    }

    /** Returns the files to capture, in order. */
    public List<InputFile> files() {
        return inputs.stream().filter(InputFile.class::isInstance).map(InputFile.class::cast).toList();
    }

    /** Returns the URLs to fetch, in order. */
    public List<InputUrl> urls() {
        return inputs.stream().filter(InputUrl.class::isInstance).map(InputUrl.class::cast).toList();
    }

    /** Returns the inputs not taken, in order. */
    public List<InputIssue> issues() {
        return inputs.stream().filter(InputIssue.class::isInstance).map(InputIssue.class::cast).toList();
    }

    /** Returns the number of files and URLs to capture. */
    public int count() {
        return (int) inputs.stream().filter(i -> !(i instanceof InputIssue)).count();
    }
}
