package io.papergraph.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows a clustering writes, with the graph's property names: shared by the clusterer's statements and the
 * import of a new store, so that both store the same clusters.
 */
final class ClusterRows {

    private ClusterRows() {
    }

    /** The clusters' rows (largest cluster first), each with its profile over the papers' shares. */
    static List<Map<String, Object>> clusters(TopicClusters result, Map<String, List<String>> categoriesOfPapers) {
        var profiles = ClusterProfile.of(result.shares(), categoriesOfPapers);
        var none = new ClusterProfile(0, List.of(), List.of());
        var rows = new ArrayList<Map<String, Object>>();
        for (var cluster : result.clusters()) {
            var profile = profiles.getOrDefault(cluster.id(), none);
            var row = new HashMap<String, Object>();
            row.put("id", cluster.id());
            row.put("label", cluster.label());
            row.put("labelZh", cluster.labelZh());
            row.put("size", cluster.size());
            row.put("topTerms", cluster.topTerms());
            row.put("small", cluster.small());
            row.put("papers", profile.papers());
            row.put("topPapers", profile.topPapers());
            row.put("categories", profile.categories());
            rows.add(row);
        }
        return rows;
    }

    /** One row per member term: termKey, clusterId, weight. */
    static List<Map<String, Object>> memberships(TopicClusters result) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var cluster : result.clusters()) {
            for (var member : cluster.members()) {
                rows.add(Map.of("termKey", member.termKey(), "clusterId", cluster.id(), "weight", member.weight()));
            }
        }
        return rows;
    }

    /** A paper's share in a cluster: arxivId, clusterId, share. */
    static Map<String, Object> share(PaperShare share) {
        return Map.of("arxivId", share.arxivId(), "clusterId", share.clusterId(), "share", share.share());
    }

    /** The settings every cluster of the run stores: algorithm, engine, resolution, minClusterSize, seed. */
    static Map<String, Object> settings(ClusterOptions options) {
        return Map.of("algorithm", options.algorithm().cliName(),
                "engine", options.engine().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "resolution", options.resolution(), "minClusterSize", options.minClusterSize(), "seed", options.seed());
    }
}
