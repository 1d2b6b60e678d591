package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.DigestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ExitCode;

/**
 * The checks the commands that read digests make on their inputs, so that a script can tell a mistyped path
 * (exit code 2, nothing read) from a run that found nothing to work on (exit code 1, nothing written) and from
 * a run that went through (problems with single entries or files do not stop it). Each failure is one line.
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

    /**
     * Fails as an error when no file was a digest (an empty folder, only files without an arXiv id): an empty
     * result would look like a successful day with no papers. The line names the first file's problem.
     */
    static void requireDigests(DigestCorpus corpus, String consequence) {
        if (!corpus.digests().isEmpty()) {
            return;
        }
        var first = corpus.problems().stream().findFirst().map(p -> "; first: " + p.describe()).orElse("");
        throw new PapergraphException("no digest found in " + corpus.files() + " file(s) read" + first + "; " + consequence);
    }
}
