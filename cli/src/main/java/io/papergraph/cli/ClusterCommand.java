package io.papergraph.cli;

import io.papergraph.topics.ClusterAlgorithm;
import io.papergraph.topics.ClusterEngine;
import io.papergraph.topics.ClusterOptions;
import io.papergraph.topics.TopicClusterer;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph cluster}: recomputes the topic clusters of a loaded graph. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {
            "Recomputes the topic clusters: Leiden over the term co-occurrence graph, then replaces the Cluster"
                    + " nodes and IN_CLUSTER relationships. 'build' does this after every load; run it yourself to"
                    + " try other settings. The same graph and settings always give the same clusters."
        })
final class ClusterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "leiden-modularity",
            converter = AlgorithmConverter.class,
            description = "leiden-modularity or leiden-cpm (constant Potts model on association strength)"
                    + " (default ${DEFAULT-VALUE}).")
    ClusterAlgorithm algorithm;

    @Option(names = "--resolution", paramLabel = "GAMMA", defaultValue = "1.0",
            description = "Higher gives more, smaller clusters (default ${DEFAULT-VALUE}).")
    double resolution;

    @Option(names = "--min-cluster-size", paramLabel = "TERMS", defaultValue = "3",
            description = "Clusters with fewer terms are folded into the cluster they are most connected to, or flagged"
                    + " small when they have no neighbour (default ${DEFAULT-VALUE}).")
    int minClusterSize;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of Leiden's random choices (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto", converter = EngineConverter.class,
            description = "auto (GDS when the server has it and the algorithm is modularity, else in-process),"
                    + " in-process or gds (default ${DEFAULT-VALUE}).")
    ClusterEngine engine;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        ClusterOptions options;
        try {
            options = new ClusterOptions(algorithm, resolution, minClusterSize, seed, ClusterOptions.DEFAULT_ITERATIONS, engine);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (var driver = connection.connect()) {
            var summary = TopicClusterer.create(driver, connection.database()).recompute(options);
            spec.commandLine().getOut().println(summary.describe());
        }
        return 0;
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
                return ClusterEngine.valueOf(value.strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected auto, in-process or gds, got '" + value + "'");
            }
        }
    }
}
