package io.papergraph.testing;

import io.papergraph.loader.Neo4jExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neo4j.driver.Driver;

/**
 * The test JVM's one embedded Neo4j (the loader's {@link Neo4jExtension} server), for tests that set up their
 * own graph once per class. With the GDS jars in {@code papergraph.test.pluginDir} (failsafe copies them
 * there) it has GDS too.
 */
public final class TestNeo4j {

    private static TestNeo4j instance;

    private final Driver driver;
    private final String boltUri;
    private final boolean gds;

    private TestNeo4j() {
        driver = Neo4jExtension.sharedConnection().driver();
        boltUri = Neo4jExtension.sharedServer().boltUri();
        gds = gdsInPluginDir();
    }

    /** Whether {@code papergraph.test.pluginDir} names a folder with plugin jars in it. */
    public static boolean gdsInPluginDir() {
        var pluginDir = System.getProperty("papergraph.test.pluginDir");
        if (pluginDir == null || pluginDir.isBlank() || !Files.isDirectory(Path.of(pluginDir))) {
            return false;
        }
        try (var files = Files.list(Path.of(pluginDir))) {
            return files.anyMatch(f -> f.toString().endsWith(".jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
