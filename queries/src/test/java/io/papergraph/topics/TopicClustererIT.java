package io.papergraph.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.papergraph.PapergraphException;
import io.papergraph.queries.ReportCatalog;
import io.papergraph.queries.ReportRunner;
import io.papergraph.testing.SmallGraph;
import io.papergraph.testing.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

class TopicClustererIT {

    private final Driver driver = TestNeo4j.get().driver();
    private final TopicClusterer clusterer = TopicClusterer.create(driver, null);

    @BeforeEach
    void loadGraph() {
        SmallGraph.load();
    }

    private List<Map<String, Object>> rows(String query) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query).list(r -> r.asMap()));
        }
    }

    /** Cluster ids, sizes and labels plus every membership, in one comparable value. */
    private List<Map<String, Object>> clusteringFingerprint() {
        return rows("""
                MATCH (c:Cluster)
                OPTIONAL MATCH (t:Term)-[m:IN_CLUSTER]->(c)
                WITH c, t, m ORDER BY t.key
                WITH c, collect([t.key, m.weight]) AS terms
                OPTIONAL MATCH (p:Paper)-[s:IN_CLUSTER]->(c)
                WITH c, terms, p, s ORDER BY p.arxivId
                RETURN c.id AS id, c.label AS label, c.labelZh AS labelZh, c.size AS size, c.small AS small,
                       c.topTerms AS topTerms, terms, collect([p.arxivId, s.share]) AS papers
                ORDER BY id""");
    }

    @Test
    void writesClustersTermMembershipsAndPaperShares() {
        var summary = clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));

        assertEquals(ClusterEngine.IN_PROCESS, summary.engine());
        assertEquals(3, summary.clusters());
        assertEquals(1, summary.smallClusters());
        assertEquals(12, summary.terms());
        var clusters = rows("MATCH (c:Cluster) RETURN c.id AS id, c.size AS size, c.small AS small, c.label AS label,"
                + " c.labelZh AS labelZh, c.algorithm AS algorithm ORDER BY c.size DESC");
        assertEquals(List.of("reinforcement learning", "attention", "quantum annealing"),
                clusters.stream().map(r -> r.get("id")).toList());
        assertEquals(List.of(6L, 5L, 1L), clusters.stream().map(r -> r.get("size")).toList());
        assertEquals(List.of(false, false, true), clusters.stream().map(r -> r.get("small")).toList());
        assertEquals("leiden-modularity", clusters.get(0).get("algorithm"));
        assertEquals("Transformer / self-attention / positional encoding", clusters.get(1).get("label"));
        // Every term in exactly one cluster; every paper's shares sum to 1.
        assertEquals(List.of(Map.of("terms", 12L, "memberships", 12L)), rows(
                "MATCH (t:Term) RETURN count(t) AS terms, COUNT { (:Term)-[:IN_CLUSTER]->(:Cluster) } AS memberships"));
        rows("MATCH (p:Paper)-[s:IN_CLUSTER]->(:Cluster) RETURN p.arxivId AS id, sum(s.share) AS total")
                .forEach(r -> assertEquals(1.0, (Double) r.get("total"), 1e-9, r.toString()));
        // The graph neural network pair is folded into the RL topic, so its paper lies wholly there.
        assertEquals(List.of(Map.of("cluster", "reinforcement learning", "share", 1.0)), rows("""
                MATCH (:Paper {arxivId: '2511.00009'})-[s:IN_CLUSTER]->(c:Cluster)
                RETURN c.id AS cluster, s.share AS share"""));
    }

    @Test
    void aClusteringIsCurrentUntilTheDigestsOrTheSettingsChange() {
        var options = ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS);
        assertTrue(clusterer.current(options).isEmpty(), "no clusters yet");
        var written = clusterer.recompute(options);
        var current = clusterer.current(options).orElseThrow();
        assertEquals(List.of(written.clusters(), written.smallClusters(), written.terms(), written.paperShares()),
                List.of(current.clusters(), current.smallClusters(), current.terms(), current.paperShares()));
        assertTrue(clusterer.current(options.withResolution(1.5)).isEmpty(), "other settings");
        assertTrue(clusterer.current(options.withSeed(options.seed() + 1)).isEmpty(), "another seed");

        write("CREATE (:Digest {file: 'day-2.md', contentHash: 'abc'})");
        assertTrue(clusterer.current(options).isEmpty(), "a digest loaded since");
        clusterer.recompute(options);
        assertTrue(clusterer.current(options).isPresent());
        write("MATCH (d:Digest {file: 'day-2.md'}) SET d.contentHash = 'def'");
        assertTrue(clusterer.current(options).isEmpty(), "a digest reloaded with other content");
    }

    private void write(String statement) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(statement).consume());
        }
    }

    @Test
    void recomputingTheSameGraphGivesTheSameClustersAndReplacesTheOldOnes() {
        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
        var first = clusteringFingerprint();
        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));

        assertEquals(first, clusteringFingerprint());
        assertEquals(3L, rows("MATCH (c:Cluster) RETURN count(c) AS n").get(0).get("n"));

        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS).withMinClusterSize(1));
        assertNotEquals(first, clusteringFingerprint());
        assertEquals(12L, rows("MATCH (:Term)-[r:IN_CLUSTER]->() RETURN count(r) AS n").get(0).get("n"));
    }

    @Test
    void writingInManySmallTransactionsGivesTheSameClustering() {
        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
        var oneBatch = clusteringFingerprint();
        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS).withMinClusterSize(1));

        new DefaultTopicClusterer(driver, null, 2).recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));

        assertEquals(oneBatch, clusteringFingerprint());
        assertEquals(List.of(Map.of("n", 0L)), rows("MATCH (c) WHERE c:ClusterDraft OR c:ClusterRetired RETURN count(c) AS n"));
    }

    @Test
    void anInterruptedRunsDraftsAreInvisibleToReportsAndRemovedByTheNextRun() {
        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
        var clustering = clusteringFingerprint();
        var reports = ReportCatalog.packaged();
        var runner = ReportRunner.create(driver, null);
        var views = Map.of("category-topics", Map.<String, String>of(), "topic-clusters", Map.<String, String>of(),
                "cluster", Map.of("cluster", "attention"), "term", Map.of("term", "LLM"));
        var before = new java.util.HashMap<String, List<List<Object>>>();
        views.forEach((name, parameters) -> before.put(name, runner.run(reports.get(name), parameters).rows()));
        // What a run stopped between its batches leaves: drafts holding shares and memberships, and a retired
        // clustering whose deletion had not finished.
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run("""
                    CREATE (d:ClusterDraft {id: 'attention', generation: 'interrupted', label: 'draft', size: 1, small: false})
                    CREATE (r:ClusterRetired {id: 'old', label: 'retired', size: 1, small: false})
                    WITH d, r
                    MATCH (n) WHERE n:Paper OR n:Term
                    CREATE (n)-[:IN_CLUSTER {share: 1.0, weight: 1.0}]->(d)
                    CREATE (n)-[:IN_CLUSTER {share: 1.0, weight: 1.0}]->(r)""").consume());
        }

        views.forEach((name, parameters) -> assertEquals(before.get(name),
                runner.run(reports.get(name), parameters).rows(), name + " shows a draft or retired cluster"));
        assertEquals(clustering, clusteringFingerprint());

        new DefaultTopicClusterer(driver, null, 3).recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
        assertEquals(clustering, clusteringFingerprint());
        assertEquals(List.of(Map.of("n", 0L)), rows("MATCH (c) WHERE c:ClusterDraft OR c:ClusterRetired RETURN count(c) AS n"));
        assertEquals(List.of(Map.of("n", 0L)), rows(
                "MATCH ()-[r:IN_CLUSTER]->(c) WHERE NOT c:Cluster RETURN count(r) AS n"));
    }

    @Test
    void gdsLeidenGivesResultsOfTheSameShape() {
        assumeTrue(TestNeo4j.get().gdsInstalled() && clusterer.gdsAvailable(),
                "GDS is not installed in the test server (run through failsafe, which copies the GDS plugin)");

        var summary = clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.GDS));
        assertEquals(ClusterEngine.GDS, summary.engine());
        var gds = clusteringFingerprint();
        assertEquals(List.of(Map.of("engine", "gds")), rows("MATCH (c:Cluster) RETURN DISTINCT c.engine AS engine"));
        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.GDS));
        assertEquals(gds, clusteringFingerprint(), "GDS with a fixed seed and one thread is repeatable");

        clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
        assertEquals(gds, clusteringFingerprint(), "both engines find the same topics in this clear-cut graph");
    }

    @Test
    void gdsEngineIsRefusedWithAClearMessageWhereItCannotRun() {
        var cpm = ClusterOptions.defaults().withEngine(ClusterEngine.GDS).withAlgorithm(ClusterAlgorithm.LEIDEN_CPM);
        var e = org.junit.jupiter.api.Assertions.assertThrows(PapergraphException.class, () -> clusterer.recompute(cpm));
        assertTrue(e.getMessage().contains("modularity only"), e.getMessage());
        if (!clusterer.gdsAvailable()) {
            var e2 = org.junit.jupiter.api.Assertions.assertThrows(PapergraphException.class,
                    () -> clusterer.recompute(ClusterOptions.defaults().withEngine(ClusterEngine.GDS)));
            assertTrue(e2.getMessage().contains("no Graph Data Science"), e2.getMessage());
        }
        assertFalse(rows("MATCH (c:Cluster) RETURN c").size() > 0, "a refused run writes nothing");
    }
}
