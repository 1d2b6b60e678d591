package io.papergraph.loader.connection;

import java.util.Objects;

/**
 * The graph Papergraph works on: the server given by {@link ConnectionSettings#uri()}, or, when none is
 * given, the embedded Neo4j started here. Either way, work goes through {@link #connection()} (the Java
 * driver over Bolt). Closing it closes the connection and stops the embedded server, if any.
 */
public final class GraphTarget implements AutoCloseable {

    private final EmbeddedNeo4j embedded;
    private final ServedStore served;
    private final Neo4jConnection connection;

    private GraphTarget(EmbeddedNeo4j embedded, ServedStore served, Neo4jConnection connection) {
        this.embedded = embedded;
        this.served = served;
        this.connection = connection;
    }

    /** Connects to the given server, or starts the embedded one and connects to it. */
    public static GraphTarget open(ConnectionSettings settings, EmbeddedSettings embeddedSettings) {
        Objects.requireNonNull(settings, "settings");
        if (!settings.embedded()) {
            return new GraphTarget(null, null, Neo4jConnection.open(settings));
        }
        var server = EmbeddedNeo4j.start(embeddedSettings);
        try {
            String password = embeddedSettings.authEnabled() ? settings.password() : null;
            var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), settings.username(), password, null));
            return new GraphTarget(server, null, connection);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Connects to an embedded store another process serves, through its Bolt address ({@code password} is used when
     * given, for a store that requires a login).
     */
    public static GraphTarget served(ServedStore served, String username, String password) {
        Objects.requireNonNull(served, "served");
        return new GraphTarget(null, served, Neo4jConnection.open(new ConnectionSettings(served.boltUri(), username, password, null)));
    }

    public Neo4jConnection connection() {
        return connection;
    }

    /** The embedded server, or null when working on a server given by address. */
    public EmbeddedNeo4j embedded() {
        return embedded;
    }

    /** The store folder of an embedded store, started here or served by another process; null for a server. */
    public java.nio.file.Path storeHome() {
        return embedded != null ? embedded.settings().home() : served == null ? null : served.home();
    }

    /** A short description for messages: the store folder or the server address. */
    public String describe() {
        if (served != null) {
            return "embedded Neo4j served by process " + served.pid() + " at " + served.boltUri() + ", store "
                    + served.home().toAbsolutePath().normalize();
        }
        return embedded == null
                ? "Neo4j at " + connection.uri() + (connection.database() == null ? "" : ", database " + connection.database())
                : "embedded Neo4j, store " + embedded.settings().home().toAbsolutePath().normalize();
    }

    @Override
    public void close() {
        connection.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
