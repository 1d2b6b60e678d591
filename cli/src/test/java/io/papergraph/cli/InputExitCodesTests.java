package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build} and {@code load} tell a path that does not exist (2) from input with no digest (1) the way
 * {@code extract} does, on one line and before any server is reached: the unreachable {@code --uri} shows that
 * none was tried.
 */
class InputExitCodesTests {

    private static final String NO_SERVER = "bolt://localhost:1";

    @Test
    void buildWithAPathThatDoesNotExistIsBadUsage(@TempDir Path dir) {
        var missing = dir.resolve("nowhere");
        var run = Cli.run("build", missing.toString(), "--uri", NO_SERVER);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("papergraph: no such file or directory: " + missing, run.err().strip());
    }

    @Test
    void buildOfAFolderWithoutDigestsIsAnErrorAndLoadsNothing(@TempDir Path dir) throws IOException {
        var empty = Files.createDirectory(dir.resolve("empty"));
        var run = Cli.run("build", empty.toString(), "--uri", NO_SERVER);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("papergraph: no digest found in 0 file(s) read; nothing loaded", run.err().strip());
    }

    @Test
    void loadOfAFolderThatDoesNotExistIsBadUsage(@TempDir Path dir) {
        var missing = dir.resolve("nowhere");
        var run = Cli.run("load", missing.toString(), "--uri", NO_SERVER);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("papergraph: no such file or directory: " + missing, run.err().strip());
    }

    @Test
    void loadOfAnExtractWithoutDigestsIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("digests.jsonl"), "");
        Files.writeString(dir.resolve("papers.jsonl"), "");
        var run = Cli.run("load", dir.toString(), "--uri", NO_SERVER);
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("papergraph: " + dir.resolve("digests.jsonl") + " lists no digest; nothing loaded", run.err().strip());
    }
}
