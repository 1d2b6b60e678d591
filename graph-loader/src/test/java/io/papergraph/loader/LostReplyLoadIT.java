package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.loader.state.RankingStateStore;
import io.papergraph.loader.write.LoadStep;
import io.papergraph.testsupport.Neo4jExtension;
import io.papergraph.testsupport.Neo4jTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * The connection drops right after the server committed a batch and before its reply reached the driver: the
 * driver runs the batch again, and the loader must not write it twice. The batch is one of plain
 * {@code CREATE}s of relationships (co-occurrences of the empty-database path), which a second run would
 * duplicate without a trace.
 */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class LostReplyLoadIT {

    private final Neo4jConnection neo4j;
    private final Neo4jTestServer server;

    LostReplyLoadIT(Neo4jConnection neo4j, Neo4jTestServer server) {
        this.neo4j = neo4j;
        this.server = server;
    }

    /** Resets the relay's connections after the first commit that creates a relationship of the type. */
    private static final class CutAfterCommit extends TransactionEventListenerAdapter<Object> {

        private final CuttableProxy proxy;
        private final RelationshipType type;
        private final AtomicBoolean armed = new AtomicBoolean(true);

        CutAfterCommit(CuttableProxy proxy, String type) {
            this.proxy = proxy;
            this.type = RelationshipType.withName(type);
        }

        @Override
        public void afterCommit(TransactionData data, Object state, GraphDatabaseService databaseService) {
            for (var relationship : data.createdRelationships()) {
                if (relationship.isType(type) && armed.compareAndSet(true, false)) {
                    proxy.cutNow();
                    return;
                }
            }
        }

        boolean fired() {
            return !armed.get();
        }
    }

    /**
     * Runs the load through a relay whose connections are reset right after the first co-occurrence batch commits;
     * then checks that the cut happened, and hands the relay to {@code afterwards} before it closes.
     */
    private void loadCutAfterFirstCoOccurrences(java.util.function.Consumer<Neo4jConnection> load,
            java.util.function.Consumer<CuttableProxy> afterwards) {
        try (var proxy = CuttableProxy.relay(server.boltPort());
                var connection = Neo4jConnection.open(new ConnectionSettings(proxy.uri(), null, null, null))) {
            var cut = new CutAfterCommit(proxy, "CO_OCCURS");
            var dbms = server.managementService();
            dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, cut);
            try {
                load.accept(connection);
            } finally {
                dbms.unregisterTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, cut);
            }
            assertTrue(cut.fired(), "the connection was cut after a co-occurrence batch committed");
            afterwards.accept(proxy);
        }
    }

    @Test
    void aBatchWhoseReplyIsLostIsNotWrittenTwice() {
        var clean = SampleInput.cleanFingerprint();
        loadCutAfterFirstCoOccurrences(connection -> {
            var report = SampleInput.loader(connection, 500).load(SampleInput.all());
            assertEquals(5, report.loaded().size());
        }, proxy -> {
            assertEquals(1, proxy.cuts());
            assertTrue(proxy.connectionsAfterCut() > 0, "the driver reconnected and ran the batch again");
        });
        assertEquals(clean, GraphFingerprint.of(neo4j));
        assertEquals(0, GraphState.count(neo4j, "MATCH (b:LoadBatch) RETURN count(b)"), "no batch markers left");
    }

    /**
     * The element ids of the co-occurrences in a batch whose reply was lost are unknown, so that load keeps its ranking
     * state without co-occurrences, and the next load reads them from the graph (and keeps them again).
     */
    @Test
    void coOccurrencesWhoseIdsWereLostAreReadFromTheGraphByTheNextLoad(@TempDir Path state) {
        var clean = SampleInput.cleanFingerprint();
        var ranking = TermRanking.standard(TermOptions.defaults());
        var options = LoaderOptions.defaults().withBatchSize(500).withRankingState(Optional.of(state));
        loadCutAfterFirstCoOccurrences(connection -> GraphLoader.create(connection, ranking, options).load(
                SampleInput.only(SampleCorpusIT.D000, SampleCorpusIT.D001, "002_1f9b1230fff0d1d4.txt", SampleCorpusIT.D003)),
                proxy -> { });
        assertTrue(Files.isRegularFile(state.resolve(RankingStateStore.STATE_FILE)));
        assertFalse(Files.exists(state.resolve(RankingStateStore.CO_OCCURRENCES_FILE)), "no co-occurrences with unknown ids are kept");
        var next = GraphLoader.create(neo4j, ranking, options).load(SampleInput.all());
        var steps = next.steps().stream().map(LoadStep::name).toList();
        assertTrue(steps.contains("rank terms (from the kept state)" + KeptRanking.BESIDE), steps.toString());
        assertTrue(steps.contains("read kept co-occurrences (none kept)" + KeptRanking.BESIDE) && steps.contains("read co-occurs-stored"), steps.toString());
        assertEquals(clean, GraphFingerprint.of(neo4j));
        assertTrue(Files.isRegularFile(state.resolve(RankingStateStore.CO_OCCURRENCES_FILE)), "kept again for the load after");
    }
}
