package io.papergraph.topics;

import io.papergraph.loader.bulk.StoreImport;
import java.util.AbstractList;
import java.util.Map;

/**
 * The in-process clustering of a new store, computed while the store is imported from the graph the import
 * writes ({@link StoreImport.Clustering}): the same clusters as {@link TopicClusterer#recompute} with the
 * in-process engine would write on the imported store, without reading the mentions back or writing the shares
 * through Bolt. Once the server runs on the store, {@link TopicClusterer#completeImport} adds their schema.
 */
public final class ImportedClustering implements StoreImport.Clustering {

    private final ClusterOptions options;
    private ClusteringSummary summary;

    /** @param options the clustering's options; the engine is in-process whatever they say */
    public ImportedClustering(ClusterOptions options) {
        this.options = options.withEngine(ClusterEngine.IN_PROCESS);
    }

    @Override
    public StoreImport.Clusters cluster(StoreImport.ClusterInput input) {
        long start = System.nanoTime();
        var result = TermClustering.inProcess(CooccurrenceGraph.of(input.graph()), options);
        var settings = ClusterRows.settings(options);
        var clusters = ClusterRows.clusters(result, input.categoriesOfPapers());
        clusters.forEach(row -> row.putAll(settings));
        var shares = result.shares();
        var shareRows = new AbstractList<Map<String, Object>>() {
            @Override
            public Map<String, Object> get(int index) {
                return ClusterRows.share(shares.get(index));
            }

            @Override
            public int size() {
                return shares.size();
            }
        };
        summary = ClusteringSummary.of(result, start);
        return new StoreImport.Clusters(clusters, ClusterRows.memberships(result), shareRows);
    }

    /** What the clustering computed; null until an import has called it. */
    public ClusteringSummary summary() {
        return summary;
    }
}
