package io.papergraph.loader;

import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.driver.Driver;

/**
 * JUnit 5 extension owning ONE embedded Neo4j per test JVM (started on first use, on free random ports, in
 * a temporary folder removed at the end), emptying its database before each test. Test methods and
 * constructors receive a {@link Neo4jConnection}, a {@link Driver} or the {@link EmbeddedNeo4j} itself as
 * parameters. Published in the test-jar so other modules' tests can use it with
 * {@code @ExtendWith(Neo4jExtension.class)}.
 *
 * <p>Plugins: when the system property {@code papergraph.test.pluginDir} names a folder of procedure jars (also
 * on the test class path), the server loads them (APOC, Graph Data Science).
 */
public final class Neo4jExtension implements BeforeEachCallback, ParameterResolver {

    private static SharedServer shared;

    @Override
    public void beforeEach(ExtensionContext context) {
        shared().clean();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Neo4jConnection.class || type == Driver.class || type == EmbeddedNeo4j.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var server = shared();
        Class<?> type = parameter.getParameter().getType();
        if (type == EmbeddedNeo4j.class) {
            return server.embedded;
        }
        return type == Driver.class ? server.connection.driver() : server.connection;
    }

    /**
     * The JVM's one test server, for test helpers outside JUnit's extension model (the same server the
     * extension hands out, so a test JVM never runs two). It is not emptied by this call.
     */
    public static EmbeddedNeo4j sharedServer() {
        return shared().embedded;
    }

    /** A connection to {@link #sharedServer()}. */
    public static Neo4jConnection sharedConnection() {
        return shared().connection;
    }

    private static synchronized SharedServer shared() {
        if (shared == null) {
            shared = new SharedServer();
        }
        return shared;
    }

    /**
     * The JVM's server, closed when the JVM ends (a shutdown hook), not when a JUnit run ends: a failsafe JVM that
     * shares the module's test classes with another gets one JUnit run per class, and all of them use this server.
     */
    static final class SharedServer {

        final Path home;
        final EmbeddedNeo4j embedded;
        final Neo4jConnection connection;
        private boolean closed;

        SharedServer() {
            try {
                home = Files.createTempDirectory("papergraph-test-neo4j-");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            String plugins = System.getProperty("papergraph.test.pluginDir");
            var settings = EmbeddedSettings.defaults().withHome(home).withPorts(0, 0).withPageCache(64L << 20)
                    .withPluginDir(plugins == null || plugins.isBlank() ? null : Path.of(plugins));
            embedded = EmbeddedNeo4j.start(settings);
            connection = Neo4jConnection.open(new ConnectionSettings(embedded.boltUri(), null, null, null));
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "papergraph-test-neo4j-cleanup"));
        }

        /** Empties the database (the schema stays: the loader's schema statements are idempotent). */
        void clean() {
            try (var session = connection.session()) {
                session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
            }
        }

        synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
            embedded.close();
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.err.println("could not remove the test database folder " + home + ": " + e.getMessage());
            }
        }
    }
}
