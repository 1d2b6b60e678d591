package io.papergraph.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --no-cluster} of the commands that load: on a large graph the clustering takes minutes, and a daily build
 * may leave it to a later {@code papergraph cluster}. The step itself is the build service's
 * ({@link io.papergraph.build.GraphBuild#cluster}).
 */
final class ClusterStepOption {

    @Option(names = "--no-cluster",
            description = "Do not recompute the topic clusters after the load (1.5-2 minutes for a graph of 100,000 papers)."
                    + " The clusters stay as they were, without shares for the new papers, until 'papergraph cluster' runs"
                    + " or a later build or load clusters (even one that loads nothing).")
    boolean skip;
}
