package io.papergraph.loader.connection;

import io.papergraph.PapergraphException;
import java.io.IOException;
import java.net.BindException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j 5.26 server inside this JVM, listening on localhost only: Bolt for the loader (which talks to it
 * through the Java driver, as to any other server) and HTTP for Neo4j Browser. Its store and its logs live
 * under {@link EmbeddedSettings#home()}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final String LOCALHOST = "localhost";

    private final DatabaseManagementService dbms;
    private final EmbeddedSettings settings;
    private final int boltPort;
    private final int httpPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, EmbeddedSettings settings, int boltPort, int httpPort) {
        this.dbms = dbms;
        this.settings = settings;
        this.boltPort = boltPort;
        this.httpPort = httpPort;
    }

    /** How long Bolt's network threads may take to stop once the server shuts down. */
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(2);

    /** How much transaction log the embedded store keeps besides what recovery needs. */
    public static final String TRANSACTION_LOG_RETENTION = "512M size";

    /**
     * Fails at once, with the message a start would give, when another process has the store in {@code home} open
     * (Neo4j holds a lock on its {@code store_lock} file while it runs): a command checks this before it reads its
     * input, rather than after. A store that does not exist yet is free.
     */
    public static void requireFree(Path home) {
        var lockFile = home.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        boolean free;
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            try (var lock = channel.tryLock()) {
                free = lock != null;
            } catch (OverlappingFileLockException e) {
                free = false;
            }
        } catch (IOException e) {
            return; // not ours to judge: the start says what is wrong
        }
        if (!free) {
            throw new PapergraphException(inUse(home.toAbsolutePath().normalize()));
        }
    }

    private static String inUse(Path home) {
        return "cannot open the database in " + home + ": it is in use by another process (is 'papergraph serve'"
                + " running? stop it, or give --uri to load into that server instead)";
    }

    /** Starts the server, or fails with a {@link PapergraphException} saying why (store in use, port taken...). */
    public static EmbeddedNeo4j start(EmbeddedSettings settings) {
        Path home = settings.home().toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new PapergraphException("cannot create the database folder " + home + ": " + e.getMessage(), e);
        }
        var builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, settings.authEnabled())
                // A local store of the user's reading sends nothing anywhere: no anonymous usage reports to Neo4j.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                // Transaction logs serve backups and clusters, neither of which a local store has; kept for the
                // default "2 days", a year of papers left 5 GiB of them beside a 3.2 GiB store.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, TRANSACTION_LOG_RETENTION)
                // Bolt's network threads wait for 5 s of quiet (twice) before they stop, which made every command
                // 10 s slower to end; the clients are gone by then, so stopping at once loses nothing.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, SHUTDOWN_TIMEOUT)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOCALHOST, settings.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LOCALHOST, settings.boltPort()))
                .setConfig(HttpConnector.enabled, settings.httpPort() >= 0)
                .setConfig(HttpConnector.listen_address, new SocketAddress(LOCALHOST, Math.max(settings.httpPort(), 0)));
        if (settings.pluginDir() != null) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, settings.pluginDir().toAbsolutePath().normalize())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"));
        }
        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            throw new PapergraphException(startFailure(home, settings, e), e);
        }
        try {
            var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(60_000)) {
                throw new PapergraphException("the embedded Neo4j in " + home + " did not become available; see "
                        + home.resolve("logs/debug.log"));
            }
            var ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            int bolt = ports.getLocalAddress(ConnectorType.BOLT).getPort();
            int http = settings.httpPort() >= 0 ? ports.getLocalAddress(ConnectorType.HTTP).getPort() : -1;
            var server = new EmbeddedNeo4j(dbms, settings, bolt, http);
            if (settings.authEnabled() && settings.initialPassword() != null) {
                server.setInitialPassword(settings.initialPassword());
            }
            return server;
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e instanceof PapergraphException ? e : new PapergraphException(startFailure(home, settings, e), e);
        }
    }

    /** Gives user {@code neo4j} its password, once: only while the server still asks for a first change. */
    private void setInitialPassword(String password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try (var tx = system.beginTx()) {
            boolean changeRequired;
            try (var result = tx.execute("SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' "
                    + "RETURN passwordChangeRequired")) {
                changeRequired = result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired"));
            }
            if (changeRequired) {
                tx.execute("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password)).close();
            }
            tx.commit();
        }
    }

    private static String startFailure(Path home, EmbeddedSettings settings, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return "cannot start the embedded Neo4j: port " + settings.boltPort() + " or " + settings.httpPort()
                        + " on localhost is already in use (is 'papergraph serve' running? choose others with"
                        + " --bolt-port and --http-port, or stop the other server)";
            }
            String name = t.getClass().getSimpleName();
            if (name.contains("FileLock") || String.valueOf(t.getMessage()).contains("lock")) {
                return inUse(home);
            }
        }
        return "cannot start the embedded Neo4j in " + home + ": " + rootMessage(e) + " (see " + home.resolve("logs") + ")";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    /** The Bolt address the driver connects to. */
    public String boltUri() {
        return "bolt://" + LOCALHOST + ":" + boltPort;
    }

    /** Neo4j Browser's address, or null when HTTP is off. */
    public String browserUri() {
        return httpPort < 0 ? null : "http://" + LOCALHOST + ":" + httpPort + "/browser/";
    }

    public int boltPort() {
        return boltPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public EmbeddedSettings settings() {
        return settings;
    }

    /** Direct access for tests that need it (stopping the server mid-load); the loader itself never uses it. */
    public DatabaseManagementService managementService() {
        return dbms;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
