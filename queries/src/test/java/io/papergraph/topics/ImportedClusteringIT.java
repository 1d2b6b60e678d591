package io.papergraph.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.GraphFingerprint;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.LoadReport;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testing.EmbeddedStore;
import io.papergraph.testing.SampleCorpus;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new store imported with its topic clusters ({@link ImportedClustering}) holds the graph that an import
 * without them followed by a clustering pass over Bolt holds: part of the sample corpus ({@link SampleCorpus#part()}),
 * compared by fingerprint (every node, relationship and property) and by constraints.
 */
class ImportedClusteringIT {

    private static final TermRanking RANKING = papers -> TermIndex.build(papers, TermOptions.defaults());

    private record Store(GraphFingerprint fingerprint, TreeSet<String> constraints, LoadReport report) {
    }

    @Test
    void aStoreImportedWithItsClustersHoldsTheGraphOfAClusteringPassOverBolt(@TempDir Path tmp) {
        var input = SampleCorpus.part();
        var options = LoaderOptions.defaults().withProgress(false);
        var clustering = new ImportedClustering(ClusterOptions.defaults());
        assertNull(clustering.summary());
        var withClusters = StoreImport.run(input, RANKING, options, tmp.resolve("with-clusters"), clustering);
        var summary = clustering.summary();
        assertNotNull(summary);
        assertEquals(ClusterEngine.IN_PROCESS, summary.engine());
        assertTrue(withClusters.steps().stream().anyMatch(s -> s.name().equals("topic clusters")), withClusters.steps().toString());
        var plain = StoreImport.run(input, RANKING, options, tmp.resolve("plain"));

        var imported = EmbeddedStore.onServer(tmp.resolve("with-clusters"), connection -> {
            var report = GraphLoader.create(connection, RANKING, options).completeImport(withClusters);
            var clusterer = TopicClusterer.create(connection.driver(), connection.database());
            clusterer.completeImport(ClusterOptions.defaults());
            var current = clusterer.current(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
            assertTrue(current.isPresent(), "the imported clusters are up to date");
            assertEquals(summary.clusters(), current.get().clusters());
            assertEquals(summary.paperShares(), current.get().paperShares());
            return new Store(GraphFingerprint.of(connection), constraints(connection), report);
        });
        var overBolt = EmbeddedStore.onServer(tmp.resolve("plain"), connection -> {
            var report = GraphLoader.create(connection, RANKING, options).completeImport(plain);
            var recomputed = TopicClusterer.create(connection.driver(), connection.database())
                    .recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
            assertEquals(summary.clusters(), recomputed.clusters());
            assertEquals(summary.paperShares(), recomputed.paperShares());
            return new Store(GraphFingerprint.of(connection), constraints(connection), report);
        });

        assertTrue(summary.clusters() > 1 && imported.fingerprint().nodeCounts().get("Cluster") == summary.clusters(),
                imported.fingerprint().nodeCounts().toString());
        assertEquals(overBolt.fingerprint(), imported.fingerprint());
        assertEquals(overBolt.constraints(), imported.constraints());
        assertTrue(imported.constraints().contains("cluster_id"), imported.constraints().toString());
        // The load's figures are the loader's graph, as without the clusters.
        assertEquals(overBolt.report().nodesCreated(), imported.report().nodesCreated());
        assertEquals(overBolt.report().relationshipsCreated(), imported.report().relationshipsCreated());
        assertEquals(overBolt.report().propertiesSet(), imported.report().propertiesSet());
    }

    private static TreeSet<String> constraints(Neo4jConnection connection) {
        try (var session = connection.session()) {
            return new TreeSet<>(session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get("name").asString()));
        }
    }
}
