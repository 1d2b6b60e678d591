package io.papergraph.testing;

import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import java.nio.file.Path;
import java.util.function.Function;

/** A store folder of a test's own, served by an embedded Neo4j while the work runs (not the shared test server). */
public final class EmbeddedStore {

    private EmbeddedStore() {
    }

    /** Starts an embedded Neo4j on the store in {@code home} (a random Bolt port, no HTTP), does the work, stops it. */
    public static <T> T onServer(Path home, Function<Neo4jConnection, T> work) {
        try (var server = EmbeddedNeo4j.start(EmbeddedSettings.defaults().withHome(home).withPorts(0, -1).withPageCache(64L << 20));
             var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null))) {
            return work.apply(connection);
        }
    }
}
