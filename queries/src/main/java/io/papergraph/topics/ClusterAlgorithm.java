package io.papergraph.topics;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The quality function Leiden optimises. */
public enum ClusterAlgorithm {
    /** Modularity: resolution 1.0 is the classic definition; higher gives more, smaller clusters. */
    LEIDEN_MODULARITY("leiden-modularity"),
    /**
     * Constant Potts model on association-strength-normalised co-occurrence counts (as in VOSviewer):
     * clusters are groups whose internal density exceeds the resolution.
     */
    LEIDEN_CPM("leiden-cpm");

    private final String cliName;

    ClusterAlgorithm(String cliName) {
        this.cliName = cliName;
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
