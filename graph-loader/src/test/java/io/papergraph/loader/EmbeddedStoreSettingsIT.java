package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.Neo4jConnection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Settings of the embedded store that users see on disk. */
@ExtendWith(Neo4jExtension.class)
class EmbeddedStoreSettingsIT {

    @Test
    void transactionLogsAreKeptToABoundedSizeNotForTwoDays(EmbeddedNeo4j server) {
        try (var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null));
                var session = connection.session()) {
            var value = session.run("SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value",
                    Map.of("name", "db.tx_log.rotation.retention_policy")).single().get("value").asString();
            assertEquals(EmbeddedNeo4j.TRANSACTION_LOG_RETENTION, value);
        }
    }
}
