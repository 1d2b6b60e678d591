package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.model.Paper;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.Neo4jExtension;
import io.papergraph.testsupport.Neo4jTestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loads of the sample corpus that the server refuses part-way (a non-transient error, which the driver does
 * not retry): the load stops with one line saying which digests are loaded and which pending, no pending
 * digest is marked loaded even when part or all of its papers are in the graph, and running the load again
 * gives the graph of a clean load.
 */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class FailedLoadIT {

    static final String D000 = "000_58d367911e4c672a.txt";
    static final String D001 = "001_7d4dfe1d692b6f6f.txt";
    static final String D002 = "002_1f9b1230fff0d1d4.txt";
    static final String D003 = "003_15443def748f1dbe.txt";
    static final String D004 = "004_550b361b9cc0b56f.txt";
    static final String RESUME = ": run the same command again to finish (pending digests are loaded again from the start)";

    private final Neo4jConnection neo4j;
    private final Neo4jTestServer server;

    FailedLoadIT(Neo4jConnection neo4j, Neo4jTestServer server) {
        this.neo4j = neo4j;
        this.server = server;
    }

    @Test
    void aDigestRefusedHalfWayIsNotMarkedLoadedAndTheNextLoadFinishesIt() {
        var clean = SampleInput.cleanFingerprint();
        SampleInput.loader(neo4j, 100).load(SampleInput.only(D000, D001));
        var all = SampleInput.all();
        // The papers only digest 003 lists; the server refuses to create one three quarters of the way through.
        var only003 = all.papers().stream().filter(p -> p.listings().stream().allMatch(l -> l.digest().equals(D003)))
                .map(Paper::arxivId).toList();
        String refused = only003.get(only003.size() * 3 / 4);
        PapergraphException e;
        try (var listener = RefusingListener.register(server, RefusingListener.creatingNode("Paper", "arxivId", refused))) {
            e = assertThrows(PapergraphException.class, () -> SampleInput.loader(neo4j, 100).load(all));
            assertEquals(1, listener.refusals());
        }
        assertTrue(e.getMessage().startsWith("Neo4j refused a statement while loading ("), e.getMessage());
        assertTrue(e.getMessage().contains(RefusingListener.REASON), e.getMessage());
        assertTrue(e.getMessage().endsWith("; loaded 2 of 5 digests (" + D000 + ", " + D001 + "); 3 pending ("
                + D002 + ", " + D003 + ", " + D004 + ")" + RESUME), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());

        // Half of digest 003 is in the graph, and 003 is not marked loaded; nor are the other pending digests.
        long written = GraphState.count(neo4j, "MATCH (p:Paper) WHERE p.arxivId IN $ids RETURN count(p)", Map.of("ids", only003));
        assertTrue(written > 0 && written < only003.size(), written + " of the " + only003.size() + " papers of 003 written");
        var hashes = GraphState.contentHashes(neo4j);
        assertEquals(List.of(D000, D001, D002, D003, D004), List.copyOf(hashes.keySet()));
        assertFalse(hashes.get(D000).isEmpty() || hashes.get(D001).isEmpty(), hashes.toString());
        assertEquals(List.of("", "", ""), List.of(hashes.get(D002), hashes.get(D003), hashes.get(D004)), hashes.toString());

        var rerun = SampleInput.loader(neo4j, 100).load(all);
        assertEquals(List.of(D000, D001), rerun.skipped());
        assertEquals(List.of(D002, D003, D004), rerun.reloaded());
        assertEquals(clean, GraphFingerprint.of(neo4j));
    }

    @Test
    void aLoadRefusedInItsLastWriteMarksNoDigestLoaded() {
        var clean = SampleInput.cleanFingerprint();
        var all = SampleInput.all();
        PapergraphException e;
        // Co-occurrences are the last thing a fresh load writes before it marks its digests loaded.
        try (var listener = RefusingListener.register(server, RefusingListener.creatingRelationship("CO_OCCURS"))) {
            e = assertThrows(PapergraphException.class, () -> SampleInput.loader(neo4j, 1000).load(all));
            assertEquals(1, listener.refusals());
        }
        assertTrue(e.getMessage().endsWith("; loaded 0 of 5 digests; 5 pending (" + String.join(", ", D000, D001, D002, D003, D004)
                + ")" + RESUME), e.getMessage());
        // Every paper and listing is in the graph, yet no digest is marked loaded.
        assertEquals(411, GraphState.count(neo4j, "MATCH (p:Paper) RETURN count(p)"));
        assertEquals(411, GraphState.count(neo4j, "MATCH (:Digest)-[l:LISTS]->() RETURN count(l)"));
        assertEquals(Map.of(D000, "", D001, "", D002, "", D003, "", D004, ""), GraphState.contentHashes(neo4j));

        var rerun = SampleInput.loader(neo4j, 1000).load(all);
        assertEquals(List.of(D000, D001, D002, D003, D004), rerun.reloaded());
        assertEquals(clean, GraphFingerprint.of(neo4j));
    }
}
