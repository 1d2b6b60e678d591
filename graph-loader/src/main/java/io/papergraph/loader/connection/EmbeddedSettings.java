package io.papergraph.loader.connection;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the embedded Neo4j: where its store lives, the localhost ports, the page cache, whether
 * authentication is on, and an optional folder of procedure plugins (APOC, Graph Data Science).
 *
 * @param home            the store folder (database files, and Neo4j's own logs under {@code logs/})
 * @param boltPort        Bolt port on localhost; 0 picks a free one
 * @param httpPort        HTTP port on localhost (Neo4j Browser); 0 picks a free one, -1 turns HTTP off
 * @param pageCacheBytes  page cache size
 * @param authEnabled     whether clients must log in (user {@code neo4j})
 * @param initialPassword with auth: the password to give user {@code neo4j} on first start, or null
 * @param pluginDir       folder of procedure plugin jars (also expected on the class path), or null
 */
public record EmbeddedSettings(
        Path home, int boltPort, int httpPort, long pageCacheBytes, boolean authEnabled, String initialPassword,
        Path pluginDir) {

    public static final int DEFAULT_BOLT_PORT = 7687;
    public static final int DEFAULT_HTTP_PORT = 7474;
    public static final long DEFAULT_PAGE_CACHE = 512L << 20;
    public static final Path DEFAULT_HOME = Path.of("papergraph-db");

    public EmbeddedSettings {
        Objects.requireNonNull(home, "home");
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("Bolt port must be 0..65535, was " + boltPort);
        }
        if (httpPort < -1 || httpPort > 65535) {
            throw new IllegalArgumentException("HTTP port must be -1..65535, was " + httpPort);
        }
        if (pageCacheBytes < (8L << 20)) {
            throw new IllegalArgumentException("page cache must be at least 8 MiB, was " + pageCacheBytes);
        }
    }

    /** The defaults: {@code ./papergraph-db}, ports 7687 and 7474, 512 MiB page cache, no auth, no plugins. */
    public static EmbeddedSettings defaults() {
        return new EmbeddedSettings(DEFAULT_HOME, DEFAULT_BOLT_PORT, DEFAULT_HTTP_PORT, DEFAULT_PAGE_CACHE, false, null, null);
    }

    public EmbeddedSettings withHome(Path newHome) {
        return new EmbeddedSettings(newHome, boltPort, httpPort, pageCacheBytes, authEnabled, initialPassword, pluginDir);
    }

    public EmbeddedSettings withPorts(int newBoltPort, int newHttpPort) {
        return new EmbeddedSettings(home, newBoltPort, newHttpPort, pageCacheBytes, authEnabled, initialPassword, pluginDir);
    }

    public EmbeddedSettings withAuth(boolean enabled, String password) {
        return new EmbeddedSettings(home, boltPort, httpPort, pageCacheBytes, enabled, password, pluginDir);
    }

    public EmbeddedSettings withPageCache(long bytes) {
        return new EmbeddedSettings(home, boltPort, httpPort, bytes, authEnabled, initialPassword, pluginDir);
    }

    public EmbeddedSettings withPluginDir(Path dir) {
        return new EmbeddedSettings(home, boltPort, httpPort, pageCacheBytes, authEnabled, initialPassword, dir);
    }

    @Override
    public String toString() {
        return "EmbeddedSettings[home=" + home + ", boltPort=" + boltPort + ", httpPort=" + httpPort + ", pageCacheBytes="
                + pageCacheBytes + ", authEnabled=" + authEnabled + ", pluginDir=" + pluginDir + "]";
    }
}
