package io.papergraph.cli;

import io.papergraph.loader.TermGraph;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.topics.ClusterAlgorithm;
import io.papergraph.topics.ClusterEngine;
import io.papergraph.topics.ClusterOptions;
import io.papergraph.topics.ClusteringSummary;
import io.papergraph.topics.ImportedClustering;
import io.papergraph.topics.TopicClusterer;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The clustering step of the commands that load, and their {@code --no-cluster}: on a large graph the clustering
 * takes minutes, and a daily build may leave it to a later {@code papergraph cluster}. A new embedded store that
 * is imported gets its clusters computed during the import ({@link #duringImport}); the step then only completes them.
 */
final class ClusterStepOption {

    @Option(names = "--no-cluster",
            description = "Do not recompute the topic clusters after the load (1.5-2 minutes for a graph of 100,000 papers)."
                    + " The clusters stay as they were, without shares for the new papers, until 'papergraph cluster' runs"
                    + " or a later build or load clusters (even one that loads nothing).")
    boolean skip;

    private ImportedClustering inImport;
    private TermGraph loadedTerms;

    /**
     * The clustering for a new store's import, or null when the step does not cluster there: with --no-cluster, or
     * when GDS may be wanted (--engine gds, or auto with modularity and a --plugins folder the server may load it from).
     */
    StoreImport.Clustering duringImport(ClusterOptions options, ConnectionOptions connection) {
        boolean inProcess = switch (options.engine()) {
            case IN_PROCESS -> true;
            case GDS -> false;
            case AUTO -> options.algorithm() != ClusterAlgorithm.LEIDEN_MODULARITY || connection.plugins == null;
        };
        inImport = skip || !inProcess ? null : new ImportedClustering(options);
        return inImport;
    }

    /**
     * What the load hands over for the clustering ({@link io.papergraph.loader.GraphLoader#load(io.papergraph.loader.LoadInput,
     * java.util.function.Consumer)}): the step then clusters the graph the load left in memory instead of reading
     * its mentions back (about 50 s at 100,000 papers). With --no-cluster nothing is kept.
     */
    Consumer<TermGraph> afterLoad() {
        return graph -> loadedTerms = skip ? null : graph;
    }

    /**
     * The clustering step after a load: recomputes the clusters, completes those of an import, keeps them when the
     * load wrote nothing and they are up to date ({@link TopicClusterer#current}), or says why not.
     */
    void run(GraphTarget target, ClusterOptions options, CommandSpec spec) {
        var out = spec.commandLine().getOut();
        if (skip) {
            out.println("Topic clusters not recomputed (--no-cluster); 'papergraph cluster' brings them up to date.");
        } else if (inImport != null && inImport.summary() != null) {
            TopicClusterer.create(target.connection().driver(), target.connection().database()).completeImport(options);
            out.println(inImport.summary().describe() + " (imported with the store)");
        } else {
            var graph = loadedTerms;
            loadedTerms = null; // not kept past this step
            // A load that wrote nothing hands nothing over: the stored clusters may still be what a clustering would write.
            var current = graph != null ? Optional.<ClusteringSummary>empty()
                    : TopicClusterer.create(target.connection().driver(), target.connection().database()).current(options);
            if (current.isPresent()) {
                out.println(current.get().describe() + " (up to date: nothing loaded since they were computed with these settings)");
            } else {
                GraphBuild.cluster(target, options, spec, graph);
            }
        }
        out.flush();
    }
}
