package io.papergraph.topics;

import java.time.Duration;
import java.util.Objects;

/** What a clustering run wrote, for the command's closing line. */
public record ClusteringSummary(ClusterEngine engine, int terms, int clusters, int smallClusters, int paperShares,
        Duration took) {

    public ClusteringSummary {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(took, "took");
    }

    /** The summary of a clustering run's result, which took the time since {@code startNanos} ({@link System#nanoTime}). */
    static ClusteringSummary of(TopicClusters result, long startNanos) {
        int terms = result.clusters().stream().mapToInt(TopicCluster::size).sum();
        int small = (int) result.clusters().stream().filter(TopicCluster::small).count();
        return new ClusteringSummary(result.options().engine(), terms, result.clusters().size(), small,
                result.shares().size(), Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** One line, e.g. {@code 12 topic clusters (2 small) over 340 terms, 411 paper shares, in-process Leiden, 0.8 s}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%d topic clusters (%d small) over %d terms, %d paper shares, %s, %.1f s",
                clusters, smallClusters, terms, paperShares,
                engine == ClusterEngine.GDS ? "GDS Leiden" : "in-process Leiden", took.toMillis() / 1000.0);
    }
}
