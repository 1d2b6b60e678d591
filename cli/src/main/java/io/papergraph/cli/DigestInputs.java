package io.papergraph.cli;

import io.papergraph.PapergraphException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ExitCode;

/**
 * The check the commands that read digests make on their inputs before any work, so that a script can tell a
 * mistyped path (exit code 2, nothing read) from a run that found nothing to work on (exit code 1, nothing written;
 * {@link io.papergraph.extractor.DigestCorpus#requireDigests}) and from a run that went through (problems with
 * single entries or files do not stop it). Each failure is one line.
 */
final class DigestInputs {

    private DigestInputs() {
    }

    /** Fails as bad usage when any path does not exist: a typo, not bad input, and no run should start on it. */
    static void requireExisting(List<Path> paths) {
        var missing = paths.stream().filter(p -> !Files.exists(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new PapergraphException("no such file or directory: " + String.join(", ", missing), null, ExitCode.USAGE);
        }
    }
}
