package io.papergraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * One embedded Neo4j per test JVM, on a free random Bolt port, reached through the driver like any server.
 * With the GDS jars in {@code papergraph.test.pluginDir} (failsafe copies them there) it has GDS too.
 */
public final class TestNeo4j {

    private static TestNeo4j instance;

    private final DatabaseManagementService dbms;
    private final Driver driver;
    private final String boltUri;
    private final boolean gds;

    private TestNeo4j() {
        try {
            var home = Files.createTempDirectory("papergraph-test-neo4j");
            var pluginDir = System.getProperty("papergraph.test.pluginDir");
            var builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 64L << 20);
            gds = pluginDir != null && Files.isDirectory(Path.of(pluginDir)) && hasJars(Path.of(pluginDir));
            if (gds) {
                builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(pluginDir))
                        .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"));
            }
            dbms = builder.build();
            var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var port = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
            boltUri = "bolt://localhost:" + port;
            driver = GraphDatabase.driver(boltUri, AuthTokens.none(),
                    Config.builder().withLogging(Logging.none()).build());
            driver.verifyConnectivity();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                dbms.shutdown();
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasJars(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".jar"));
        }
    }

    public static synchronized TestNeo4j get() {
        if (instance == null) {
            instance = new TestNeo4j();
        }
        return instance;
    }

    public String boltUri() {
        return boltUri;
    }

    public Driver driver() {
        return driver;
    }

    /** Whether GDS was put in the plugin directory for this run. */
    public boolean gdsInstalled() {
        return gds;
    }

    /** Empties the database, then runs the given statements (one per string) to set up a graph. */
    public void reset(List<String> statements) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run("MATCH (n) DETACH DELETE n").consume());
            for (var statement : statements) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
        }
    }
}
