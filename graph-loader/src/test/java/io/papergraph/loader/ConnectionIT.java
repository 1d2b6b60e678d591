package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.FreePort;
import io.papergraph.testsupport.Neo4jExtension;
import io.papergraph.testsupport.Neo4jTestServer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Connection failures: one clear message, never the password. */
class ConnectionIT {

    private static final String PASSWORD = "right-horse-battery";
    private static final String WRONG = "wrong-staple-1234";

    @Test
    void anUnreachableServerGetsOneClearMessage() throws IOException {
        int port = FreePort.next();
        var settings = new ConnectionSettings("bolt://localhost:" + port, "neo4j", WRONG, null);
        var e = assertThrows(PapergraphException.class, () -> Neo4jConnection.open(settings));
        assertEquals("cannot reach Neo4j at bolt://localhost:" + port + " (is the server running, and is the address right?)",
                e.getMessage());
        assertFalse(e.getMessage().contains(WRONG));
    }

    @Test
    void anInvalidAddressIsNamed() {
        var e = assertThrows(PapergraphException.class,
                () -> Neo4jConnection.open(new ConnectionSettings("http://localhost:7474", null, WRONG, null)));
        assertTrue(e.getMessage().startsWith("invalid Neo4j address 'http://localhost:7474'"), e.getMessage());
    }

    @Test
    void wrongCredentialsAreRejectedWithoutShowingThePassword(@TempDir Path home) {
        var settings = EmbeddedSettings.defaults().withHome(home).withPorts(0, -1).withPageCache(16L << 20).withAuth(true, PASSWORD);
        try (var server = EmbeddedNeo4j.start(settings)) {
            var e = assertThrows(PapergraphException.class,
                    () -> Neo4jConnection.open(new ConnectionSettings(server.boltUri(), "neo4j", WRONG, null)));
            assertTrue(e.getMessage().startsWith("Neo4j at " + server.boltUri() + " rejected the credentials of user 'neo4j'"),
                    e.getMessage());
            assertFalse(e.getMessage().contains(WRONG));
            var none = assertThrows(PapergraphException.class,
                    () -> Neo4jConnection.open(new ConnectionSettings(server.boltUri(), "neo4j", null, null)));
            assertFalse(none.getMessage().isBlank());
            try (var ok = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), "neo4j", PASSWORD, null))) {
                try (var session = ok.session()) {
                    assertEquals(1, session.run("RETURN 1 AS one").single().get("one").asInt());
                }
            }
            var missing = assertThrows(PapergraphException.class,
                    () -> Neo4jConnection.open(new ConnectionSettings(server.boltUri(), "neo4j", PASSWORD, "nosuchdb")));
            assertEquals("Neo4j at " + server.boltUri() + " has no database 'nosuchdb'", missing.getMessage());
        }
    }

    @Test
    @ExtendWith(Neo4jExtension.class)
    void aStoreInUseIsReportedClearly(Neo4jTestServer shared) {
        var e = assertThrows(PapergraphException.class,
                () -> EmbeddedNeo4j.start(EmbeddedSettings.defaults().withHome(shared.home()).withPorts(0, -1)));
        assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
    }
}
