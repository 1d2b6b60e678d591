package io.papergraph.cli;

import io.papergraph.topics.ClusterAlgorithm;
import io.papergraph.topics.ClusterEngine;
import io.papergraph.topics.ClusterOptions;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The clustering options shared by {@code cluster} and {@code build} (which clusters after loading). */
final class ClusteringOptions {

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "leiden-modularity",
            converter = AlgorithmConverter.class,
            description = "Topic clusters: leiden-modularity or leiden-cpm (constant Potts model on association"
                    + " strength) (default ${DEFAULT-VALUE}).")
    ClusterAlgorithm algorithm;

    @Option(names = "--resolution", paramLabel = "GAMMA",
            description = "Topic clusters: higher gives more, smaller clusters (default 2.0 for leiden-modularity,"
                    + " 1.0 for leiden-cpm).")
    Double resolution;

    @Option(names = "--min-cluster-size", paramLabel = "TERMS", defaultValue = "3",
            description = "Topic clusters with fewer terms are folded into the cluster they are most connected to,"
                    + " or flagged small when they have no neighbour (default ${DEFAULT-VALUE}).")
    int minClusterSize;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of Leiden's random choices (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto", converter = EngineConverter.class,
            description = "Where Leiden runs: auto (GDS when the server has it and the algorithm is modularity,"
                    + " else in-process), in-process or gds (default ${DEFAULT-VALUE}).")
    ClusterEngine engine;

    /** The options as a value; a bad combination is a usage error of {@code command}. */
    ClusterOptions toOptions(CommandLine command) {
        try {
            return new ClusterOptions(algorithm, resolution == null ? algorithm.defaultResolution() : resolution,
                    minClusterSize, seed, ClusterOptions.DEFAULT_ITERATIONS, engine);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command, e.getMessage());
        }
    }

    /** Accepts the command-line names {@code leiden-cpm} and {@code leiden-modularity}. */
    static final class AlgorithmConverter implements CommandLine.ITypeConverter<ClusterAlgorithm> {
        @Override
        public ClusterAlgorithm convert(String value) {
            try {
                return ClusterAlgorithm.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Accepts {@code auto}, {@code in-process} and {@code gds}. */
    static final class EngineConverter implements CommandLine.ITypeConverter<ClusterEngine> {
        @Override
        public ClusterEngine convert(String value) {
            try {
                return ClusterEngine.valueOf(value.strip().replace('-', '_').toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected auto, in-process or gds, got '" + value + "'");
            }
        }
    }
}
