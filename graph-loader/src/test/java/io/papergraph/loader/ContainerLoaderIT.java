package io.papergraph.loader;

import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The loader scenarios against a Neo4j 5.26 server in a container, with a password; skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerLoaderIT extends LoaderScenarios {

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withAdminPassword("container-secret");

    private static Neo4jConnection connection;

    @BeforeAll
    static void connect() {
        connection = Neo4jConnection.open(new ConnectionSettings(NEO4J.getBoltUrl(), "neo4j", NEO4J.getAdminPassword(), null));
    }

    @AfterAll
    static void disconnect() {
        if (connection != null) {
            connection.close();
        }
    }

    @BeforeEach
    void empty() {
        clean();
    }

    @Override
    Neo4jConnection connection() {
        return connection;
    }
}
