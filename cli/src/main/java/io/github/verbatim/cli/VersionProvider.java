package io.github.verbatim.cli;

import io.github.verbatim.SoftwareAgent;
import picocli.CommandLine.IVersionProvider;

/** Gives {@code --version}: the version of the Verbatim build, as its provenance records it. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"verbatim " + SoftwareAgent.VERSION};
    }
}
