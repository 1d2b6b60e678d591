package io.papergraph.topics;

import java.util.Objects;

/**
 * How to cluster. The seed makes Leiden's random choices repeatable, so the same graph gives the same
 * clusters; clusters with fewer than {@code minClusterSize} terms are folded into the neighbour they are
 * most connected to, or flagged {@code small} when they have none.
 *
 * @param iterations Leiden iterations (each one can only improve the partition)
 */
public record ClusterOptions(
        ClusterAlgorithm algorithm, double resolution, int minClusterSize, long seed, int iterations, ClusterEngine engine) {

    public static final int DEFAULT_MIN_CLUSTER_SIZE = 3;
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_ITERATIONS = 10;

    public ClusterOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(engine, "engine");
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be a positive number, got " + resolution);
        }
        if (minClusterSize < 1) {
            throw new IllegalArgumentException("min cluster size must be at least 1, got " + minClusterSize);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
    }

    /** Modularity at its default resolution, clusters of at least 3 terms, seed 42, GDS when available. */
    public static ClusterOptions defaults() {
        var algorithm = ClusterAlgorithm.LEIDEN_MODULARITY;
        return new ClusterOptions(algorithm, algorithm.defaultResolution(),
                DEFAULT_MIN_CLUSTER_SIZE, DEFAULT_SEED, DEFAULT_ITERATIONS, ClusterEngine.AUTO);
    }

    public ClusterOptions withAlgorithm(ClusterAlgorithm value) {
        return new ClusterOptions(value, resolution, minClusterSize, seed, iterations, engine);
    }

    public ClusterOptions withResolution(double value) {
        return new ClusterOptions(algorithm, value, minClusterSize, seed, iterations, engine);
    }

    public ClusterOptions withMinClusterSize(int value) {
        return new ClusterOptions(algorithm, resolution, value, seed, iterations, engine);
    }

    public ClusterOptions withSeed(long value) {
        return new ClusterOptions(algorithm, resolution, minClusterSize, value, iterations, engine);
    }

    public ClusterOptions withEngine(ClusterEngine value) {
        return new ClusterOptions(algorithm, resolution, minClusterSize, seed, iterations, value);
    }
}
