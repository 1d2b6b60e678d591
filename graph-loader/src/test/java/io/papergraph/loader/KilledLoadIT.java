package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load of part of the sample corpus ({@link SampleInput#part()}) in a process of its own ({@link LoadProcess}, with the embedded Neo4j on a
 * store folder) killed with SIGKILL once part of the graph is written; the store opened again and the load
 * run again gives the graph of a clean load.
 */
class KilledLoadIT {

    @Test
    void aKilledLoadIsFinishedByTheNextLoad(@TempDir Path dir) throws Exception {
        var clean = SampleInput.cleanPartFingerprint();
        var all = SampleInput.part();
        Path input = SampleInput.write(all, Files.createDirectories(dir.resolve("extract")));
        Path store = dir.resolve("store");
        Process child = start(store, input, dir.resolve("child-stderr.log"));
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("bolt "), "the child printed " + line + "; see " + dir.resolve("child-stderr.log"));
            try (var connection = Neo4jConnection.open(new ConnectionSettings(line.substring(5), null, null, null))) {
                while (GraphState.count(connection, "MATCH (p:Paper) RETURN count(p)") == 0) {
                    assertTrue(child.isAlive(), "the child ended before writing a paper");
                    Thread.sleep(10);
                }
            }
            assertTrue(child.isAlive(), "the child ended before it could be killed");
            child.destroyForcibly();
            assertTrue(child.waitFor(1, TimeUnit.MINUTES));
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
        } finally {
            child.destroyForcibly();
        }
        try (var server = EmbeddedNeo4j.start(LoadProcess.settings(store));
                var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null))) {
            GraphState.assertStoppedLoadThenRerunGivesClean(connection, all, clean);
        }
    }

    /** The child JVM running {@link LoadProcess}. */
    private static Process start(Path store, Path input, Path stderr) throws IOException {
        return new ProcessBuilder(ChildJvm.command(LoadProcess.class, "512m", store.toString(), input.toString(), "20"))
                .redirectError(stderr.toFile()).start();
    }
}
