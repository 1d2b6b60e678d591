package io.papergraph.cli;

import io.papergraph.loader.GraphTarget;
import io.papergraph.topics.ClusterOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --no-cluster} of the commands that load: on a large graph the clustering takes minutes, and a daily
 * build may leave it to a later {@code papergraph cluster}.
 */
final class ClusterStepOption {

    @Option(names = "--no-cluster",
            description = "Do not recompute the topic clusters after the load (2-3 minutes for a graph of 100,000 papers)."
                    + " The clusters stay as they were, without shares for the new papers, until 'papergraph cluster' runs.")
    boolean skip;

    /** The clustering step after a load: recomputes the clusters, or says why it does not. */
    void run(GraphTarget target, ClusterOptions options, CommandSpec spec) {
        if (skip) {
            var out = spec.commandLine().getOut();
            out.println("Topic clusters not recomputed (--no-cluster); 'papergraph cluster' brings them up to date.");
            out.flush();
        } else {
            LoadCommand.cluster(target, options, spec);
        }
    }
}
