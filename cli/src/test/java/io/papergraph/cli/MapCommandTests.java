package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The parts of map and build --map that need no server: their options are checked before any store opens. */
class MapCommandTests {

    @Test
    void aMaxTermsBelowOneIsAUsageError() {
        var run = Cli.run("map", "--max-terms", "0", "--uri", "bolt://localhost:1");
        assertEquals(2, run.exitCode());
        assertEquals("papergraph: --max-terms must be at least 1, was 0", run.err().strip());
    }

    @Test
    void buildRefusesANegativePapersPerTermBeforeReadingAnyDigest() {
        var run = Cli.run("build", "../data/digests", "--map", "--papers-per-term", "-1", "--uri", "bolt://localhost:1");
        assertEquals(2, run.exitCode());
        assertEquals("papergraph: --papers-per-term must not be negative, was -1", run.err().strip());
    }

    @Test
    void theHelpNamesTheThreeFiles() {
        var run = Cli.run("map", "--help");
        assertEquals(0, run.exitCode());
        for (var file : new String[] {"topic-map.html", "topic-map.vosviewer.json", "topic-map.gexf", "--max-terms", "--uri"}) {
            assertTrue(run.out().contains(file), file + " in\n" + run.out());
        }
    }
}
