package io.papergraph.loader.connection;

import io.papergraph.PapergraphException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * An open, verified driver connection to one database of a Neo4j server: the one way Papergraph talks to
 * Neo4j, embedded or remote. Failures to connect become one-line {@link PapergraphException}s that name the
 * server and the user but never the password.
 */
public final class Neo4jConnection implements AutoCloseable {

    private final Driver driver;
    private final String uri;
    private final String database;

    private Neo4jConnection(Driver driver, String uri, String database) {
        this.driver = driver;
        this.uri = uri;
        this.database = database;
    }

    /** How long the driver retries a transaction that failed transiently (lost connection, deadlock, leader switch). */
    static final Duration DEFAULT_MAX_RETRY_TIME = Duration.ofSeconds(60);

    /** Connects and checks that the server answers, the credentials are accepted and the database exists. */
    public static Neo4jConnection open(ConnectionSettings settings) {
        return open(settings, DEFAULT_MAX_RETRY_TIME);
    }

    /** As {@link #open(ConnectionSettings)}, retrying transient failures for the given time (tests shorten it). */
    public static Neo4jConnection open(ConnectionSettings settings, Duration maxRetryTime) {
        Objects.requireNonNull(settings.uri(), "uri");
        var auth = settings.password() == null ? AuthTokens.none() : AuthTokens.basic(settings.username(), settings.password());
        var config = Config.builder()
                .withLogging(Logging.none())
                .withConnectionTimeout(15, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(maxRetryTime.toMillis(), TimeUnit.MILLISECONDS)
                .withUserAgent("papergraph")
                .build();
        Driver driver;
        try {
            driver = GraphDatabase.driver(settings.uri(), auth, config);
        } catch (IllegalArgumentException e) {
            throw new PapergraphException("invalid Neo4j address '" + settings.uri()
                    + "': expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by host[:port]");
        }
        var connection = new Neo4jConnection(driver, settings.uri(), settings.database());
        try {
            driver.verifyConnectivity();
            try (var session = connection.session()) {
                session.run("RETURN 1").consume();
            }
        } catch (RuntimeException e) {
            driver.close();
            throw describe(e, settings);
        }
        return connection;
    }

    private static PapergraphException describe(RuntimeException e, ConnectionSettings settings) {
        String where = "Neo4j at " + settings.uri();
        String message;
        if (e instanceof AuthenticationException) {
            message = where + " rejected the credentials of user '" + settings.username()
                    + "' (check NEO4J_USERNAME and the password given by NEO4J_PASSWORD, --password-file or --ask-password)";
        } else if (e instanceof ServiceUnavailableException) {
            message = "cannot reach " + where + " (is the server running, and is the address right?)";
        } else if (e instanceof SecurityException) {
            message = "cannot open a secure connection to " + where + ": " + safe(e.getMessage(), settings);
        } else if (e instanceof FatalDiscoveryException) {
            message = where + " has no database '" + settings.database() + "'";
        } else if (e instanceof Neo4jException n && n.code() != null && n.code().contains("Security")) {
            message = where + " refused access for user '" + settings.username() + "': " + safe(e.getMessage(), settings);
        } else {
            message = "cannot connect to " + where + ": " + safe(e.getMessage(), settings);
        }
        return new PapergraphException(message);
    }

    /** The driver's message, with the password blanked in case a server ever echoed it. */
    private static String safe(String message, ConnectionSettings settings) {
        if (message == null) {
            return "no details";
        }
        return settings.password() == null || settings.password().isEmpty()
                ? message : message.replace(settings.password(), "********");
    }

    public Driver driver() {
        return driver;
    }

    public String uri() {
        return uri;
    }

    /** The database name, or null for the server's default database. */
    public String database() {
        return database;
    }

    /** A session on this connection's database. */
    public org.neo4j.driver.Session session() {
        return driver.session(sessionConfig());
    }

    public SessionConfig sessionConfig() {
        return sessionConfig(database, AccessMode.WRITE);
    }

    /**
     * Session settings for work on {@code database} (the server's default when null or blank) in the given access mode:
     * one place for what every reader and writer of the graph opens its sessions with.
     */
    public static SessionConfig sessionConfig(String database, AccessMode mode) {
        var config = SessionConfig.builder().withDefaultAccessMode(mode);
        if (database != null && !database.isBlank()) {
            config.withDatabase(database);
        }
        return config.build();
    }

    @Override
    public void close() {
        driver.close();
    }
}
