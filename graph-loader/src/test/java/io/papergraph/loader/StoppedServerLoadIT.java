package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load of part of the sample corpus ({@link SampleInput#part()}) into an embedded Neo4j that is shut down under it, once part of the graph is
 * written: the load stops with one line saying what is loaded and how to resume; started again on the same
 * store, the next load gives the graph of a clean load.
 */
class StoppedServerLoadIT {

    @Test
    void aLoadWhoseServerStopsCanBeFinishedAfterARestart(@TempDir Path store) throws Exception {
        var clean = SampleInput.cleanPartFingerprint();
        var all = SampleInput.part();
        var settings = EmbeddedSettings.defaults().withHome(store).withPorts(0, -1).withPageCache(32L << 20);
        var server = EmbeddedNeo4j.start(settings);
        try (var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null), Duration.ofSeconds(2))) {
            var load = CompletableFuture.runAsync(() -> SampleInput.loader(connection, 20).load(all));
            long papers = 0;
            while (papers == 0 && !load.isDone()) {
                Thread.sleep(10);
                papers = (Long) server.managementService().database("neo4j")
                        .executeTransactionally("MATCH (p:Paper) RETURN count(p) AS n", java.util.Map.of(), r -> r.next().get("n"));
            }
            assertFalse(load.isDone(), "the load ended before the server could be stopped under it");
            server.close();
            var failure = assertThrows(ExecutionException.class, () -> load.get(3, TimeUnit.MINUTES)).getCause();
            assertInstanceOf(PapergraphException.class, failure);
            assertTrue(failure.getMessage().endsWith("; " + DroppedConnectionLoadIT.PENDING), failure.getMessage());
            assertFalse(failure.getMessage().contains("\n"), failure.getMessage());
        }
        try (var again = EmbeddedNeo4j.start(settings);
                var connection = Neo4jConnection.open(new ConnectionSettings(again.boltUri(), null, null, null))) {
            GraphState.assertStoppedLoadThenRerunGivesClean(connection, all, clean);
        }
    }
}
