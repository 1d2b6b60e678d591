package io.papergraph.topics;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The quality function Leiden optimises. */
public enum ClusterAlgorithm {
    /**
     * Modularity: resolution 1.0 is the classic definition; higher gives more, smaller clusters. The default is
     * 2.0: at 1.0 a corpus of digests falls into a few broad clusters (on the sample corpus 8 of 8 or more terms,
     * the largest a quarter of all terms), at 2.0 into topics of a size a reader can name (23, the largest 14%).
     */
    LEIDEN_MODULARITY("leiden-modularity", 2.0),
    /**
     * Constant Potts model on association-strength-normalised co-occurrence counts (as in VOSviewer):
     * clusters are groups whose internal density exceeds the resolution.
     */
    LEIDEN_CPM("leiden-cpm", 1.0);

    private final String cliName;
    private final double defaultResolution;

    ClusterAlgorithm(String cliName, double defaultResolution) {
        this.cliName = cliName;
        this.defaultResolution = defaultResolution;
    }

    /** The resolution used when none is given. */
    public double defaultResolution() {
        return defaultResolution;
    }

    /** The name used on the command line and stored with the clusters. */
    public String cliName() {
        return cliName;
    }

    /** Parses {@code leiden-cpm} or {@code leiden-modularity} (case-insensitive). */
    public static ClusterAlgorithm fromCliName(String name) {
        for (var value : values()) {
            if (value.cliName.equalsIgnoreCase(name) || value.name().equalsIgnoreCase(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown clustering algorithm '" + name + "'; expected one of "
                + Arrays.stream(values()).map(ClusterAlgorithm::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
