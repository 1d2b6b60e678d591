package io.papergraph.map;

import java.util.List;
import java.util.Objects;

/**
 * A clustered term as the map reads it from the graph.
 *
 * @param papers     papers that mention it (its size on the map)
 * @param clusterId  the id of its {@code Cluster}
 * @param topPapers  the papers that weigh it most
 */
public record MapTerm(String key, String name, List<String> namesZh, long papers, String clusterId, List<MapPaper> topPapers) {

    public MapTerm {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(clusterId, "clusterId");
        name = name == null ? key : name;
        namesZh = List.copyOf(namesZh);
        topPapers = List.copyOf(topPapers);
        if (papers < 0) {
            throw new IllegalArgumentException("papers must not be negative: " + key);
        }
    }
}
