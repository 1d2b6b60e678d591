package io.papergraph.cli;

import io.papergraph.build.BuildOptions;
import io.papergraph.build.GraphBuild;
import io.papergraph.loader.connection.GraphTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code papergraph build PATH... [--serve]}: extract digests and load them, in one go. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Reads digests (files, or directories searched recursively), finds their papers and terms, and loads them",
            "into Neo4j. Without --uri, an embedded Neo4j runs on --db-dir (default ./papergraph-db); with --serve it",
            "keeps running afterwards, with Neo4j Browser at http://localhost:7474/browser/, until Ctrl-C.",
            "Digests already loaded with the same content are skipped (their papers' terms are not analysed again);",
            "changed ones are reloaded."
        },
        footer = {
            "",
            "Environment: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.",
            "Exit codes: 0 done (input problems are reported but allowed), 1 error (including no digest found in the",
            "inputs; nothing is loaded then), 2 bad usage (including a PATH that does not exist)."
        })
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Digest files or directories of digests.")
    List<Path> inputs;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    LoadOptions load;

    @Mixin
    ClusteringOptions clustering;

    @Mixin
    ClusterStepOption clusterStep;

    @Option(names = "--map", description = {"After the clusters, write the topic map (as 'papergraph map' does) into --map-dir."})
    boolean writeMap;

    @Option(names = "--map-dir", paramLabel = "DIR", defaultValue = "papergraph-map",
            description = "With --map: the folder of the map's files (default ./${DEFAULT-VALUE}).")
    Path mapDir;

    @Mixin
    TopicMapOptions map;

    @Option(names = "--serve", description = "Keep the embedded Neo4j and its Browser running after the load, until Ctrl-C.")
    boolean serve;

    @Option(names = "--stop-after", paramLabel = "SECONDS",
            description = "With --serve: stop by itself after this many seconds instead of waiting for Ctrl-C.")
    Long stopAfter;

    @Override
    public Integer call() throws InterruptedException {
        if (serve && connection.uri != null) {
            throw new io.papergraph.PapergraphException("--serve runs the embedded Neo4j; leave out --uri (and NEO4J_URI) to use it");
        }
        if (serve) {
            BrowserServing.refuseServedStore(connection);
            connection.serving = true;
        }
        var clusterOptions = clustering.toOptions(spec.commandLine());
        var mapOptions = map.toOptions(); // a bad map option is a usage error before any digest is read
        DigestInputs.requireExisting(inputs);
        connection.requireStoreFree(); // a store another process holds is told before any digest is read
        var options = load.toBuildOptions(clusterOptions, !clusterStep.skip,
                writeMap ? Optional.of(new BuildOptions.MapOutput(mapOptions, mapDir)) : Optional.empty());
        var build = new GraphBuild(connection, options, spec.commandLine().getOut(), spec.commandLine().getErr());
        // The digests, papers and findings are gone once loaded: the clustering works from the term graph the load left.
        try (GraphTarget target = build.build(inputs).target()) {
            build.cluster(target);
            build.map(target);
            if (serve) {
                BrowserServing.serve(target, stopAfter, spec);
            } else {
                GraphMessages.printNext(target, connection, spec.commandLine().getOut());
            }
        }
        return 0;
    }
}
