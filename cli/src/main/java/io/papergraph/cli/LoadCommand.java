package io.papergraph.cli;

import io.papergraph.loader.ExtractOutput;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.LoadReport;
import io.papergraph.loader.GraphTarget;
import io.papergraph.topics.ClusterOptions;
import io.papergraph.topics.TopicClusterer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph load DIR}: loads the output of an earlier {@code extract} into Neo4j. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Loads the output folder of 'papergraph extract' (digests.jsonl, papers.jsonl, paper-terms.jsonl) into Neo4j.",
            "Digests already loaded with the same content are skipped; changed ones are reloaded; terms and",
            "co-occurrences are recomputed over the whole graph. Without --uri, an embedded Neo4j runs on --db-dir."
        },
        footer = {
            "",
            "Environment: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.",
            "Exit codes: 0 done, 1 error (including a server that cannot be reached or refuses the login), 2 bad usage."
        })
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Output folder of 'papergraph extract'.")
    Path dir;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    LoadOptions load;

    @Mixin
    ClusteringOptions clustering;

    @Mixin
    ClusterStepOption clusterStep;

    @Override
    public Integer call() {
        var clusterOptions = clustering.toOptions(spec.commandLine());
        LoadInput input = ExtractOutput.read(dir);
        try (GraphTarget target = connection.open()) {
            load(target, input, load, spec);
            input = null; // the clustering reads the graph; the papers and findings of a large load can go
            clusterStep.run(target, clusterOptions, spec);
        }
        return 0;
    }

    /** Loads into an open target and prints the summary: shared with {@code build}. */
    static LoadReport load(GraphTarget target, LoadInput input, LoadOptions options, CommandSpec spec) {
        var out = spec.commandLine().getOut();
        out.printf("Loading %d digest(s), %d paper(s) into %s%n", input.digests().size(), input.papers().size(), target.describe());
        out.flush();
        var loader = GraphLoader.create(target.connection(), TermRankings.standard(options.termOptions()), options.loaderOptions());
        LoadReport report = loader.load(input);
        out.println(report.describe());
        if (options.timings) {
            out.println(report.describeSteps());
        }
        out.flush();
        return report;
    }

    /** Recomputes the topic clusters of the graph and prints their summary: shared with {@code build}. */
    static void cluster(GraphTarget target, ClusterOptions clusterOptions, CommandSpec spec) {
        var out = spec.commandLine().getOut();
        var clusters = TopicClusterer.create(target.connection().driver(), target.connection().database())
                .recompute(clusterOptions);
        out.println(clusters.describe());
        out.flush();
    }
}
