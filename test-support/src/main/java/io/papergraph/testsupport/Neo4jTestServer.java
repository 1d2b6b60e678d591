package io.papergraph.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The test JVM's one Neo4j: started through Neo4j's own embedded API on first use (Bolt on a free port of
 * localhost, no authentication, no HTTP, in a temporary folder), stopped and removed when the JVM ends. Every
 * module's tests reach it over Bolt, as the product reaches any server; it is started without the product's
 * code, so that this module depends on no project module.
 *
 * <p>Plugins: when the system property {@value #PLUGIN_DIR_PROPERTY} names a folder of procedure jars (also on the
 * test class path), the server loads them (APOC, Graph Data Science).
 */
public final class Neo4jTestServer {

    /** The system property naming the folder of procedure jars the server loads. */
    public static final String PLUGIN_DIR_PROPERTY = "papergraph.test.pluginDir";

    private static Neo4jTestServer shared;

    private final Path home;
    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final Driver driver;
    private boolean closed;

    private Neo4jTestServer(Path home) {
        this.home = home;
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L << 20)
                // Bolt's threads would wait twice 5 s of quiet before the JVM may end.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
                .setConfig(HttpConnector.enabled, false);
        var plugins = pluginDir();
        if (plugins != null) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, plugins)
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"));
        }
        dbms = builder.build();
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(60_000)) {
            dbms.shutdown();
            throw new IllegalStateException("the test server in " + home + " did not become available");
        }
        boltPort = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        driver = GraphDatabase.driver(boltUri(), AuthTokens.none());
    }

    /** The JVM's server, started on the first call. It is not emptied by this call ({@link Neo4jExtension} does). */
    public static synchronized Neo4jTestServer shared() {
        if (shared == null) {
            Path home;
            try {
                home = Files.createTempDirectory("papergraph-test-neo4j-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared = new Neo4jTestServer(home);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "papergraph-test-neo4j-cleanup"));
        }
        return shared;
    }

    /** The folder {@value #PLUGIN_DIR_PROPERTY} names, or null when it is not set. */
    private static Path pluginDir() {
        var dir = System.getProperty(PLUGIN_DIR_PROPERTY);
        return dir == null || dir.isBlank() ? null : Path.of(dir).toAbsolutePath().normalize();
    }

    /** Whether {@value #PLUGIN_DIR_PROPERTY} names a folder with procedure jars in it. */
    public static boolean hasPlugins() {
        var dir = pluginDir();
        if (dir == null || !Files.isDirectory(dir)) {
            return false;
        }
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of its Bolt connector, {@code bolt://localhost:PORT}. */
    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    /** The port of its Bolt connector, for tests that put a proxy in front of it. */
    public int boltPort() {
        return boltPort;
    }

    /** A driver to {@link #boltUri()}, shared by the JVM's tests; closed with the server. */
    public Driver driver() {
        return driver;
    }

    /** The server's folder: its store lives in {@code data/databases} under it, as in any Neo4j home. */
    public Path home() {
        return home;
    }

    /** The server itself, for tests that act on it directly (stopping it mid-load, listening to transactions). */
    public DatabaseManagementService managementService() {
        return dbms;
    }

    /** Empties the database; the schema stays (tests that need none drop it themselves). */
    public void empty() {
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    private synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        driver.close();
        dbms.shutdown();
        try {
            Folders.delete(home);
        } catch (IOException e) {
            System.err.println("could not remove the test server's folder " + home + ": " + e.getMessage());
        }
    }
}
