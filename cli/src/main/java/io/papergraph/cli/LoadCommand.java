package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.build.GraphBuild;
import io.papergraph.loader.ExtractOutput;
import io.papergraph.loader.connection.GraphTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
            "Exit codes: 0 done, 1 error (including a server that cannot be reached or refuses the login, and a DIR",
            "that lists no digest), 2 bad usage (including a DIR that does not exist)."
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
        DigestInputs.requireExisting(List.of(dir));
        connection.requireStoreFree();
        var options = load.toBuildOptions(clusterOptions, !clusterStep.skip, Optional.empty());
        var input = ExtractOutput.read(dir);
        if (input.digests().isEmpty()) {
            throw new PapergraphException(dir.resolve(ExtractOutput.DIGESTS) + " lists no digest; nothing loaded");
        }
        var build = new GraphBuild(connection, options, spec.commandLine().getOut(), spec.commandLine().getErr());
        try (GraphTarget target = build.load(input).target()) {
            // The input is gone by now: the clustering works from the term graph the load left (or reads the graph),
            // and a large load's papers and findings can go.
            build.cluster(target);
        }
        return 0;
    }
}
