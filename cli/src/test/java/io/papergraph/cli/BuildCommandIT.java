package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.loader.Neo4jConnection;
import io.papergraph.loader.Neo4jExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code build}: digests through the parser and the term extractor into a server given by address. */
@ExtendWith(Neo4jExtension.class)
class BuildCommandIT {

    private static final String DIGEST = Path.of("..", "data", "digests", "000_58d367911e4c672a.txt").toString();

    @Test
    void extractsAndLoadsAndSkipsWhatIsLoaded(Neo4jConnection neo4j) {
        var run = CommandLineRun.of("build", DIGEST, "--uri", neo4j.uri(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Read 1 file(s), 1 digest(s): 32 entries, 32 distinct papers"), run.out());
        assertTrue(run.out().contains("digests: 1 loaded"), run.out());
        try (var session = neo4j.session()) {
            assertEquals(32, session.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asInt());
            assertEquals(32, session.run("MATCH (:Digest)-[l:LISTS]->() RETURN count(l) AS n").single().get("n").asInt());
            assertTrue(session.run("MATCH (t:Term) RETURN count(t) AS n").single().get("n").asInt() > 0);
        }
        var again = CommandLineRun.of("build", DIGEST, "--uri", neo4j.uri());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 loaded, 0 reloaded, 1 unchanged (skipped)"), again.out());
    }

    @Test
    void serveNeedsTheEmbeddedServer() {
        var run = CommandLineRun.of("build", DIGEST, "--uri", "bolt://localhost:1", "--serve");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("papergraph: --serve runs the embedded Neo4j"), run.err());
    }
}
