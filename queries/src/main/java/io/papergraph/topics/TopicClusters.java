package io.papergraph.topics;

import java.util.List;
import java.util.Objects;

/** The result of a clustering run: the clusters (largest first) and the papers' topic shares. */
public record TopicClusters(List<TopicCluster> clusters, List<PaperShare> shares, ClusterOptions options) {

    public TopicClusters {
        clusters = List.copyOf(clusters);
        shares = List.copyOf(shares);
        Objects.requireNonNull(options, "options");
    }
}
