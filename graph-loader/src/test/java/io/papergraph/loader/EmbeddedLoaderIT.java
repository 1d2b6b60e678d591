package io.papergraph.loader;

import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.Neo4jExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** The loader scenarios against the embedded Neo4j, over Bolt. */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class EmbeddedLoaderIT extends LoaderScenarios {

    private final Neo4jConnection connection;

    EmbeddedLoaderIT(Neo4jConnection connection) {
        this.connection = connection;
    }

    @Override
    Neo4jConnection connection() {
        return connection;
    }
}
