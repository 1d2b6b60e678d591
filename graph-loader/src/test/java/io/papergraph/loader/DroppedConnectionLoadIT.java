package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.Neo4jExtension;
import io.papergraph.testsupport.Neo4jTestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Loads of part of the sample corpus ({@link SampleInput#part()}) whose connection drops half-way, through a relay ({@link CuttableProxy}) that
 * resets every connection once half the bytes of a load have gone to the server. A connection that comes back
 * is retried by the driver and the load completes; one that does not stops the load with a message, and the
 * next load finishes it. Either way the graph ends as a clean load leaves it.
 */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class DroppedConnectionLoadIT {

    static final int BATCH = 250;
    static final String PENDING = "loaded 0 of 3 digests; 3 pending (" + String.join(", ", FailedLoadIT.D000, FailedLoadIT.D002,
            FailedLoadIT.D003) + ")" + FailedLoadIT.RESUME;

    private static long loadBytes;

    private final Neo4jConnection neo4j;
    private final Neo4jTestServer server;

    DroppedConnectionLoadIT(Neo4jConnection neo4j, Neo4jTestServer server) {
        this.neo4j = neo4j;
        this.server = server;
    }

    /** The bytes a clean load sends to the server, measured once through a relay that never cuts. */
    private synchronized long loadBytes() {
        if (loadBytes == 0) {
            try (var relay = CuttableProxy.relay(server.boltPort());
                    var connection = Neo4jConnection.open(new ConnectionSettings(relay.uri(), null, null, null))) {
                SampleInput.loader(connection, BATCH).load(SampleInput.part());
                loadBytes = relay.bytesToServer();
            }
            assertEquals(SampleInput.cleanPartFingerprint(), GraphFingerprint.of(neo4j), "a load through the relay");
            SampleInput.empty(neo4j);
        }
        return loadBytes;
    }

    @Test
    void aConnectionThatDropsForGoodStopsTheLoadAndTheNextLoadFinishesIt() {
        var clean = SampleInput.cleanPartFingerprint();
        long cutAt = loadBytes() / 2;
        try (var proxy = CuttableProxy.start(server.boltPort(), cutAt, CuttableProxy.AfterCut.REFUSE);
                var connection = Neo4jConnection.open(new ConnectionSettings(proxy.uri(), null, null, null), Duration.ofSeconds(2))) {
            var e = assertThrows(PapergraphException.class, () -> SampleInput.loader(connection, BATCH).load(SampleInput.part()));
            assertEquals(1, proxy.cuts());
            assertEquals("lost the connection to Neo4j at " + proxy.uri() + " while loading; " + PENDING, e.getMessage());
        }
        // Part of the graph was written; no digest is marked loaded.
        assertTrue(GraphState.count(neo4j, "MATCH (n) RETURN count(n)") > 0);
        assertEquals(Map.of(FailedLoadIT.D000, "", FailedLoadIT.D002, "", FailedLoadIT.D003, ""), GraphState.contentHashes(neo4j));
        assertNotEquals(clean, GraphFingerprint.of(neo4j));

        try (var proxy = CuttableProxy.relay(server.boltPort());
                var connection = Neo4jConnection.open(new ConnectionSettings(proxy.uri(), null, null, null))) {
            var rerun = SampleInput.loader(connection, BATCH).load(SampleInput.part());
            assertEquals(3, rerun.reloaded().size());
        }
        assertEquals(clean, GraphFingerprint.of(neo4j));
    }

    @Test
    void aConnectionResetIsRetriedAndTheLoadCompletes() {
        var clean = SampleInput.cleanPartFingerprint();
        long cutAt = loadBytes() / 2;
        try (var proxy = CuttableProxy.start(server.boltPort(), cutAt, CuttableProxy.AfterCut.RELAY);
                var connection = Neo4jConnection.open(new ConnectionSettings(proxy.uri(), null, null, null))) {
            var report = SampleInput.loader(connection, BATCH).load(SampleInput.part());
            assertEquals(1, proxy.cuts());
            assertTrue(proxy.connectionsAfterCut() > 0, "the driver reconnected");
            assertTrue(proxy.bytesToServer() > cutAt, "the load went on after the cut");
            assertEquals(3, report.loaded().size());
        }
        assertEquals(clean, GraphFingerprint.of(neo4j));
    }
}
