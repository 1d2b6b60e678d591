package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.ExtractOutput;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.ImportedStore;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.LoadReport;
import io.papergraph.loader.TermGraph;
import io.papergraph.loader.bulk.ImportFile;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.topics.ClusterOptions;
import io.papergraph.topics.TopicClusterer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
        var clustering = clusterStep.duringImport(clusterOptions, connection);
        DigestInputs.requireExisting(List.of(dir));
        var input = ExtractOutput.read(dir);
        if (input.digests().isEmpty()) {
            throw new PapergraphException(dir.resolve(ExtractOutput.DIGESTS) + " lists no digest; nothing loaded");
        }
        try (GraphTarget target = openAndLoad(connection, input, load, clustering, clusterStep.afterLoad(), spec)) {
            // The input is gone by now: the clustering works from the term graph the load left (or reads the graph),
            // and a large load's papers and findings can go.
            clusterStep.run(target, clusterOptions, spec);
        }
        return 0;
    }

    /**
     * Whether a load of this many papers goes to a new embedded store by neo4j-admin import: no --uri, a --db-dir
     * without a database, and --bulk-import always, or auto with enough papers.
     */
    static boolean importsNewStore(ConnectionOptions connection, LoadOptions options, int papers) {
        boolean wanted = switch (options.bulkImport) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> papers >= StoreImport.AUTO_MIN_PAPERS;
        };
        return wanted && connection.uri == null && StoreImport.isNewStore(connection.dbDir);
    }

    /**
     * Loads the input and returns the target, open: a new embedded store is imported and then opened (see
     * {@link #importsNewStore}); any other target is opened and loaded by the loader, as is a new store whose
     * input the import files cannot carry. An import computes the topic clusters too when {@code clustering} is not
     * null. Shared with {@code build}.
     */
    static GraphTarget openAndLoad(ConnectionOptions connection, LoadInput input, LoadOptions options,
            StoreImport.Clustering clustering, Consumer<TermGraph> loadedTerms, CommandSpec spec) {
        if (importsNewStore(connection, options, input.papers().size())) {
            connection.embeddedSettings(null); // bad options are told before the import, not after
            var out = spec.commandLine().getOut();
            out.printf("Importing %d digest(s), %d paper(s) into the new store %s with neo4j-admin import%n",
                    input.digests().size(), input.papers().size(), connection.dbDir.toAbsolutePath().normalize());
            out.flush();
            var ranking = TermRanking.standard(options.termOptions());
            ImportedStore imported = null;
            try {
                imported = StoreImport.run(input, ranking, options.loaderOptions(connection.dbDir), connection.dbDir, clustering);
            } catch (ImportFile.Unimportable e) {
                spec.commandLine().getErr().println("Cannot bulk-import (" + e.getMessage() + "); loading through Bolt instead.");
            }
            if (imported != null) {
                var finished = imported;
                return opened(connection, target -> report(GraphLoader.create(target.connection(), ranking,
                        options.loaderOptions(target)).completeImport(finished), options, spec));
            }
        }
        return opened(connection, target -> load(target, input, options, loadedTerms, spec));
    }

    /** Opens the target and does the work on it; returns it open, or closes it when the work fails. */
    static GraphTarget opened(ConnectionOptions connection, java.util.function.Consumer<GraphTarget> work) {
        GraphTarget target = connection.open();
        try {
            work.accept(target);
            return target;
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    /**
     * Loads into an open target and prints the summary: shared with {@code build}. {@code loadedTerms} gets the term
     * graph the load leaves (see {@link GraphLoader#load(LoadInput, Consumer)}).
     */
    static LoadReport load(GraphTarget target, LoadInput input, LoadOptions options, Consumer<TermGraph> loadedTerms,
            CommandSpec spec) {
        var out = spec.commandLine().getOut();
        out.printf("Loading %d digest(s), %d paper(s) into %s%n", input.digests().size(), input.papers().size(), target.describe());
        out.flush();
        var loader = GraphLoader.create(target.connection(), TermRanking.standard(options.termOptions()), options.loaderOptions(target));
        return report(loader.load(input, loadedTerms), options, spec);
    }

    private static LoadReport report(LoadReport report, LoadOptions options, CommandSpec spec) {
        var out = spec.commandLine().getOut();
        out.println(report.describe());
        if (options.timings) {
            out.println(report.describeSteps());
        }
        out.flush();
        return report;
    }

    /**
     * Recomputes the topic clusters of the graph and prints their summary: shared with {@code build}. {@code graph}
     * is the term graph a load just left, or null to read it from the database.
     */
    static void cluster(GraphTarget target, ClusterOptions clusterOptions, CommandSpec spec, TermGraph graph) {
        var out = spec.commandLine().getOut();
        var clusterer = TopicClusterer.create(target.connection().driver(), target.connection().database());
        var clusters = graph == null ? clusterer.recompute(clusterOptions) : clusterer.recompute(clusterOptions, graph);
        out.println(clusters.describe());
        out.flush();
    }
}
