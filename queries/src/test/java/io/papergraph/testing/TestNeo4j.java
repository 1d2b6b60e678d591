package io.papergraph.testing;

import io.papergraph.testsupport.Neo4jTestServer;
import java.util.List;
import org.neo4j.driver.Driver;

/**
 * The test JVM's one Neo4j ({@link Neo4jTestServer}), for tests that set up their own graph once per class. With
 * the GDS jars in {@value Neo4jTestServer#PLUGIN_DIR_PROPERTY} (failsafe copies them there) it has GDS too.
 */
public final class TestNeo4j {

    private static TestNeo4j instance;

    private final Neo4jTestServer server;
    private final boolean gds;

    private TestNeo4j() {
        server = Neo4jTestServer.shared();
        gds = Neo4jTestServer.hasPlugins();
    }

    public static synchronized TestNeo4j get() {
        if (instance == null) {
            instance = new TestNeo4j();
        }
        return instance;
    }

    public String boltUri() {
        return server.boltUri();
    }

    public Driver driver() {
        return server.driver();
    }

    /** Whether GDS was put in the plugin directory for this run. */
    public boolean gdsInstalled() {
        return gds;
    }

    /** Empties the database, then runs the given statements (one per string) to set up a graph. */
    public void reset(List<String> statements) {
        try (var session = server.driver().session()) {
            session.executeWrite(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
            for (var statement : statements) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
        }
    }
}
