package io.papergraph.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it is the one Maven built. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        var version = PapergraphCommand.class.getPackage().getImplementationVersion();
        return new String[] {"papergraph " + (version == null ? "(development build)" : version)};
    }
}
