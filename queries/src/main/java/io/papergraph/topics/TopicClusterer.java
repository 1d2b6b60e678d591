package io.papergraph.topics;

import org.neo4j.driver.Driver;

/**
 * Recomputes the topic clusters of a loaded graph: reads the term co-occurrence graph and the papers'
 * mentions, runs Leiden (in this JVM, or with GDS on the server) and replaces the previous
 * {@code Cluster} nodes and {@code IN_CLUSTER} relationships: written in batches beside the old ones, then
 * switched in one small transaction, so readers see the old clustering or the new one.
 */
public sealed interface TopicClusterer permits DefaultTopicClusterer {

    /**
     * @param driver   a driver to the graph (embedded or remote)
     * @param database the database name, or null for the server's default
     */
    static TopicClusterer create(Driver driver, String database) {
        return new DefaultTopicClusterer(driver, database, DefaultTopicClusterer.DEFAULT_BATCH_SIZE);
    }

    /** Clusters and writes the result; the build command calls this after loading. */
    ClusteringSummary recompute(ClusterOptions options);

    /**
     * Clusters the given term graph, which must be the one the database holds (as a load hands it over, {@link
     * io.papergraph.loader.GraphLoader#load(io.papergraph.loader.LoadInput, java.util.function.Consumer)}), and writes
     * the result: the clusters of {@link #recompute(ClusterOptions)}, without reading the mentions back.
     */
    ClusteringSummary recompute(ClusterOptions options, io.papergraph.loader.TermGraph graph);

    /**
     * Completes the clusters that a new store's import wrote ({@link ImportedClustering}) with {@code options}: their
     * constraint and index, the empty lists the import files cannot hold, and what they were computed from (see
     * {@link #current}). Call it once the imported digests are marked loaded.
     */
    void completeImport(ClusterOptions options);

    /**
     * The stored clustering, when it is what {@link #recompute(ClusterOptions)} would write: computed with these
     * settings (the engine resolved as recompute resolves it) after the last change to the graph's digests. A build
     * that loads nothing keeps the clusters it has instead of computing them again.
     */
    java.util.Optional<ClusteringSummary> current(ClusterOptions options);

    /** Clusters without writing anything. */
    TopicClusters compute(ClusterOptions options);

    /** Reads the clustering's input from the graph. */
    CooccurrenceGraph readGraph();

    /** Whether the server has Graph Data Science's Leiden procedure. */
    boolean gdsAvailable();
}
