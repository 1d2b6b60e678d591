package io.papergraph.loader.connection;

import java.util.Map;
import java.util.Objects;

/**
 * Where a Neo4j server is and how to log in. {@code uri == null} means "no server given": Papergraph then
 * starts its embedded Neo4j. The password never appears in {@link #toString()}, logs or error messages.
 *
 * @param uri      {@code neo4j://}, {@code neo4j+s://}, {@code bolt://} or {@code bolt+s://} address, or null
 * @param username user name, {@code neo4j} when not given
 * @param password password, or null for a server without authentication
 * @param database database name, or null for the server's default database
 */
public record ConnectionSettings(String uri, String username, String password, String database) {

    public static final String ENV_URI = "NEO4J_URI";
    public static final String ENV_USERNAME = "NEO4J_USERNAME";
    public static final String ENV_PASSWORD = "NEO4J_PASSWORD";
    public static final String ENV_DATABASE = "NEO4J_DATABASE";

    public ConnectionSettings {
        uri = blankToNull(uri);
        username = blankToNull(username) == null ? "neo4j" : username.trim();
        database = blankToNull(database);
    }

    /** The settings the {@code NEO4J_*} environment variables give. */
    public static ConnectionSettings fromEnvironment(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        return new ConnectionSettings(env.get(ENV_URI), env.get(ENV_USERNAME), env.get(ENV_PASSWORD), env.get(ENV_DATABASE));
    }

    /** True when no server address was given, so the embedded Neo4j is to be used. */
    public boolean embedded() {
        return uri == null;
    }

    /** A copy pointing at another address (used to point at the embedded server once it runs). */
    public ConnectionSettings withUri(String newUri) {
        return new ConnectionSettings(newUri, username, password, database);
    }

    /** A copy with another password. */
    public ConnectionSettings withPassword(String newPassword) {
        return new ConnectionSettings(uri, username, newPassword, database);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[uri=" + uri + ", username=" + username + ", password="
                + (password == null ? "none" : "(hidden)") + ", database=" + database + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
