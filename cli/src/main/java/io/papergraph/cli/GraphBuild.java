package io.papergraph.cli;

import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.ImportedStore;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.loader.bulk.ImportFile;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.LoadReport;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.loader.TermGraph;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.topics.ClusterOptions;
import io.papergraph.topics.TopicClusterer;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The load step of {@code build} and {@code load}, and the clustering after it: one place that decides between a
 * bulk import into a new store and a load through the graph loader, opens the target and reports, so that the
 * commands call it instead of each other.
 */
final class GraphBuild {

    private final ConnectionOptions connection;
    private final LoadOptions options;
    private final CommandSpec spec;

    GraphBuild(ConnectionOptions connection, LoadOptions options, CommandSpec spec) {
        this.connection = connection;
        this.options = options;
        this.spec = spec;
    }

    /**
     * Whether a load of this many papers goes to a new embedded store by neo4j-admin import: no --uri, a --db-dir
     * without a database, and --bulk-import always, or auto with enough papers.
     */
    boolean importsNewStore(int papers) {
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
     * null.
     */
    GraphTarget openAndLoad(LoadInput input, StoreImport.Clustering clustering, Consumer<TermGraph> loadedTerms) {
        if (importsNewStore(input.papers().size())) {
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
                return opened(target -> report(GraphLoader.create(target.connection(), ranking,
                        options.loaderOptions(target)).completeImport(finished)));
            }
        }
        return opened(target -> load(target, input, loadedTerms));
    }

    /** Opens the target and does the work on it; returns it open, or closes it when the work fails. */
    GraphTarget opened(Consumer<GraphTarget> work) {
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
     * Loads into an open target and prints the summary. {@code loadedTerms} gets the term
     * graph the load leaves (see {@link GraphLoader#load(LoadInput, Consumer)}).
     */
    LoadReport load(GraphTarget target, LoadInput input, Consumer<TermGraph> loadedTerms) {
        var out = spec.commandLine().getOut();
        out.printf("Loading %d digest(s), %d paper(s) into %s%n", input.digests().size(), input.papers().size(), target.describe());
        out.flush();
        var loader = GraphLoader.create(target.connection(), TermRanking.standard(options.termOptions()), options.loaderOptions(target));
        return report(loader.load(input, loadedTerms));
    }

    private LoadReport report(LoadReport report) {
        var out = spec.commandLine().getOut();
        out.println(report.describe());
        if (options.timings) {
            out.println(report.describeSteps());
        }
        out.flush();
        return report;
    }

    /**
     * Recomputes the topic clusters of the graph and prints their summary. {@code graph}
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
