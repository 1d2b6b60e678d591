package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import of the sample corpus into a new store ({@link ImportProcess}, a process of its own) killed with
 * SIGKILL while neo4j-admin writes the database: the store folder holds no database, so the next build imports
 * again, and that import gives the graph of a clean load.
 */
class KilledImportIT {

    @Test
    void aKilledImportLeavesNoDatabaseAndTheNextImportGivesTheCleanGraph(@TempDir Path dir) throws Exception {
        var clean = SampleInput.cleanFingerprint();
        var all = SampleInput.all();
        Path input = SampleInput.write(all, Files.createDirectories(dir.resolve("extract")));
        Path store = dir.resolve("store");
        Path database = store.resolve(StoreImport.STAGING).resolve("data").resolve("databases");
        var command = ChildJvm.command(ImportProcess.class, "512m", store.toString(), input.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            while (!Files.exists(database)) {
                assertTrue(child.isAlive(), "the child ended before neo4j-admin wrote anything; see " + dir.resolve("child.log"));
                Thread.sleep(10);
            }
            assertTrue(child.isAlive(), "the child ended before it could be killed");
            child.destroyForcibly();
            assertTrue(child.waitFor(1, TimeUnit.MINUTES));
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
        } finally {
            child.destroyForcibly();
        }
        assertTrue(StoreImport.isNewStore(store), "no database in the store folder");
        assertTrue(Files.exists(store.resolve(StoreImport.STAGING)), "the killed import's staging folder is left");

        var imported = StoreImport.run(all, SampleInput.RANKING, LoaderOptions.defaults().withProgress(false), store);
        assertFalse(Files.exists(store.resolve(StoreImport.STAGING)));
        try (var server = EmbeddedNeo4j.start(LoadProcess.settings(store));
                var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null))) {
            GraphLoader.create(connection, SampleInput.RANKING, LoaderOptions.defaults()).completeImport(imported);
            assertEquals(clean, GraphFingerprint.of(connection));
        }
    }
}
