package io.papergraph.cli;

import io.papergraph.PapergraphException;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import picocli.CommandLine.Option;

/**
 * Where the graph is, for commands that only query it (report, cluster): a running server, by default
 * the one {@code papergraph serve} starts on localhost. The password comes from NEO4J_PASSWORD only, so
 * it never appears in a process list.
 */
final class ConnectionOptions {

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI:-bolt://localhost:7687}",
            description = "Neo4j address: bolt://, bolt+s://, neo4j:// or neo4j+s:// (env NEO4J_URI; default ${DEFAULT-VALUE}).")
    String uri;

    @Option(names = "--username", paramLabel = "NAME", defaultValue = "${env:NEO4J_USERNAME:-neo4j}",
            description = "User name (env NEO4J_USERNAME; default ${DEFAULT-VALUE}); the password is read from NEO4J_PASSWORD.")
    String username;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE}",
            description = "Database name (env NEO4J_DATABASE; default: the server's default database).")
    String database;

    /** Connects and checks the server answers, so a wrong address or password is one clear message. */
    Driver connect() {
        var password = System.getenv("NEO4J_PASSWORD");
        var auth = password == null || password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(username, password);
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.none())
                    .withConnectionTimeout(15, TimeUnit.SECONDS).withUserAgent("papergraph").build());
        } catch (IllegalArgumentException e) {
            throw new PapergraphException("invalid Neo4j address '" + uri
                    + "': expected bolt://, bolt+s://, neo4j:// or neo4j+s:// followed by host[:port]");
        }
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (AuthenticationException e) {
            driver.close();
            throw new PapergraphException("Neo4j at " + uri + " rejected the credentials of user '" + username
                    + "' (check NEO4J_USERNAME and NEO4J_PASSWORD)");
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new PapergraphException("cannot reach Neo4j at " + uri
                    + " (start it with 'papergraph serve', or set --uri / NEO4J_URI)");
        } catch (RuntimeException e) {
            driver.close();
            throw new PapergraphException("cannot connect to Neo4j at " + uri + ": " + e.getMessage(), e);
        }
    }

    String database() {
        return database == null || database.isBlank() ? null : database;
    }
}
