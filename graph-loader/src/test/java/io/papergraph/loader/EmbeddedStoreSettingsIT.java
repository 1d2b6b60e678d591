package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings of the embedded store that users see on disk. */
class EmbeddedStoreSettingsIT {

    @Test
    void transactionLogsAreKeptToABoundedSizeNotForTwoDays(@TempDir Path home) {
        try (var server = EmbeddedNeo4j.start(EmbeddedSettings.defaults().withHome(home).withPorts(0, -1).withPageCache(16L << 20));
                var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null));
                var session = connection.session()) {
            var value = session.run("SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value",
                    Map.of("name", "db.tx_log.rotation.retention_policy")).single().get("value").asString();
            assertEquals(EmbeddedNeo4j.TRANSACTION_LOG_RETENTION, value);
        }
    }
}
