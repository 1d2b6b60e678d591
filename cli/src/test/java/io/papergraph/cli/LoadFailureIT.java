package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.loader.RefusingListener;
import io.papergraph.loader.TestConnection;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.CommandRun;
import io.papergraph.testsupport.Neo4jExtension;
import io.papergraph.testsupport.Neo4jTestServer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A load the server refuses half-way ends with one line that says what is loaded and how to resume, and resuming works. */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class LoadFailureIT {

    @Test
    void aRefusedLoadEndsWithOneLineSayingWhatIsPendingAndHowToResume(Neo4jTestServer server, Neo4jConnection neo4j, @TempDir Path dir)
            throws IOException {
        LoadCommandIT.extractOutput(dir);
        CommandRun run;
        // The second paper is refused; with one row a transaction, the first is written by then.
        try (var refusing = RefusingListener.register(server, RefusingListener.creatingNode("Paper", "arxivId", "2601.00002"))) {
            run = Cli.run("load", dir.toString(), "--uri", neo4j.uri(), "--batch-size", "1");
            assertEquals(1, refusing.refusals());
        }
        assertEquals(1, run.exitCode(), run.err());
        String line = run.err().strip();
        assertEquals(1, line.lines().count(), run.err());
        assertTrue(line.startsWith("papergraph: Neo4j refused a statement while loading ("), line);
        assertTrue(line.contains(RefusingListener.REASON), line);
        assertTrue(line.endsWith("); loaded 0 of 1 digests; 1 pending (day1.md): run the same command again to finish"
                + " (pending digests are loaded again from the start)"), line);
        try (var session = neo4j.session()) {
            assertEquals(1, session.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asInt());
            assertTrue(session.run("MATCH (d:Digest {file: 'day1.md'}) RETURN d.contentHash AS h").single().get("h").isNull());
        }

        var again = Cli.run("load", dir.toString(), "--uri", neo4j.uri());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("digests: 0 loaded, 1 reloaded, 0 unchanged (skipped); papers: 2 written"), again.out());
        try (var session = neo4j.session()) {
            assertEquals(2, session.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asInt());
            assertEquals("abc123", session.run("MATCH (d:Digest {file: 'day1.md'}) RETURN d.contentHash AS h").single().get("h").asString());
        }
    }
}
