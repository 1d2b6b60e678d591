package io.papergraph.cli;


import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.topics.TopicClusterer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

    @Mixin
    ClusteringOptions clustering;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        var options = clustering.toOptions(spec.commandLine());
        try (GraphTarget target = connection.open()) {
            var summary = TopicClusterer.create(target.connection().driver(), target.connection().database())
                    .recompute(options);
            spec.commandLine().getOut().println(summary.describe());
        }
        return 0;
    }
}
