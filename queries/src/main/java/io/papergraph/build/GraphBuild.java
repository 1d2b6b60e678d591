package io.papergraph.build;

import io.papergraph.extractor.DigestCorpus;
import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Problem;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.TermExtractor;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.ImportedStore;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.LoadReport;
import io.papergraph.loader.TermGraph;
import io.papergraph.loader.bulk.ImportFile;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.map.MapOptions;
import io.papergraph.map.TopicMapFiles;
import io.papergraph.map.TopicMapper;
import io.papergraph.topics.ClusterAlgorithm;
import io.papergraph.topics.ClusteringSummary;
import io.papergraph.topics.ImportedClustering;
import io.papergraph.topics.TopicClusterer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The pipeline of {@code build}, {@code load} and {@code bench run}, in one place they all call: read the digests,
 * analyse the papers to load, load them (by neo4j-admin import into a new embedded store, else through the graph
 * loader), cluster the topics and write the map, each step saying what it did on {@code out}. One instance serves one
 * run: the clustering takes over what the load left (the clusters of an import, or the term graph of a load).
 */
public final class GraphBuild {

    private static final int PROBLEMS_SHOWN = 20;

    private final GraphDestination destination;
    private final BuildOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    /** The clustering of a new store's import, or null when the build does not cluster there. */
    private final ImportedClustering inImport;
    /** The term graph the last load left, for the clustering step; null when there is none to take over. */
    private TermGraph loadedTerms;

    public GraphBuild(GraphDestination destination, BuildOptions options, PrintWriter out, PrintWriter err) {
        this.destination = Objects.requireNonNull(destination, "destination");
        this.options = Objects.requireNonNull(options, "options");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.inImport = clustersInImport() ? new ImportedClustering(options.clustering()) : null;
    }

    /** The outcome of a load: the target, open, and what the load wrote. */
    public record Loaded(GraphTarget target, LoadReport report) {

        public Loaded {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * Reads the digests, analyses the papers to load and loads them; the target is returned open. A new embedded store
     * is imported (see {@link #importsNewStore}) with every paper analysed; otherwise only the papers of digests not
     * loaded yet, or changed, are analysed: the others keep their stored findings, so that a daily build analyses one
     * day, not the year. CoreNLP's models load only when some paper is to be analysed.
     */
    public Loaded build(List<Path> inputs) {
        DigestCorpus corpus = read(inputs);
        if (importsNewStore(corpus.papers().size())) {
            var all = corpus.digests().stream().map(DigestInfo::file).collect(Collectors.toSet());
            return load(analyse(corpus, all));
        }
        return opened(target -> {
            var pending = GraphLoader.create(target.connection(), ranking(), options.loaderOptions(target))
                    .digestsToLoad(corpus.digests());
            return load(target, analyse(corpus, pending));
        });
    }

    /**
     * Loads the input and returns the target, open: a new embedded store is imported and then opened (see
     * {@link #importsNewStore}), with its topic clusters when the build clusters and may do so in process; any other
     * target is opened and loaded by the loader, as is a new store whose input the import files cannot carry.
     */
    public Loaded load(LoadInput input) {
        if (importsNewStore(input.papers().size())) {
            Path home = destination.embeddedStore().orElseThrow();
            destination.checkEmbeddedSettings(); // bad settings are told before the import, not after
            out.printf("Importing %d digest(s), %d paper(s) into the new store %s with neo4j-admin import%n",
                    input.digests().size(), input.papers().size(), home.toAbsolutePath().normalize());
            out.flush();
            var ranking = ranking();
            ImportedStore imported = null;
            try {
                imported = StoreImport.run(input, ranking, options.loaderOptions(home), home, inImport);
            } catch (ImportFile.Unimportable e) {
                err.println("Cannot bulk-import (" + e.getMessage() + "); loading through Bolt instead.");
            }
            if (imported != null) {
                var finished = imported;
                return opened(target -> report(GraphLoader.create(target.connection(), ranking,
                        options.loaderOptions(target)).completeImport(finished)));
            }
        }
        return opened(target -> load(target, input));
    }

    /**
     * Loads into an open target through the graph loader and prints the summary. The term graph the load leaves
     * (see {@link GraphLoader#load(LoadInput, Consumer)}) is kept for the clustering step, when the build clusters.
     */
    public LoadReport load(GraphTarget target, LoadInput input) {
        out.printf("Loading %d digest(s), %d paper(s) into %s%n", input.digests().size(), input.papers().size(), target.describe());
        out.flush();
        var loader = GraphLoader.create(target.connection(), ranking(), options.loaderOptions(target));
        return report(loader.load(input, graph -> loadedTerms = options.clusterStep() ? graph : null));
    }

    /**
     * The clustering step after a load: recomputes the clusters (from the term graph the load left, if any),
     * completes those of an import, keeps them when the load wrote nothing and they are up to date
     * ({@link TopicClusterer#current}), or, when the build does not cluster, says how to bring them up to date.
     */
    public void cluster(GraphTarget target) {
        var clustering = options.clustering();
        if (!options.clusterStep()) {
            out.println("Topic clusters not recomputed (--no-cluster); 'papergraph cluster' brings them up to date.");
        } else if (inImport != null && inImport.summary() != null) {
            clusterer(target).completeImport(clustering);
            out.println(inImport.summary().describe() + " (imported with the store)");
        } else {
            var graph = loadedTerms;
            loadedTerms = null; // not kept past this step
            // A load that wrote nothing hands nothing over: the stored clusters may still be what a clustering would write.
            var current = graph != null ? Optional.<ClusteringSummary>empty() : clusterer(target).current(clustering);
            if (current.isPresent()) {
                out.println(current.get().describe() + " (up to date: nothing loaded since they were computed with these settings)");
            } else {
                var summary = graph == null ? clusterer(target).recompute(clustering) : clusterer(target).recompute(clustering, graph);
                out.println(summary.describe());
            }
        }
        out.flush();
    }

    /** Recomputes the topic clusters from the graph as stored, whatever the build's clustering step, and prints their summary. */
    public ClusteringSummary recluster(GraphTarget target) {
        var summary = clusterer(target).recompute(options.clustering());
        out.println(summary.describe());
        out.flush();
        return summary;
    }

    /** The map step: writes the topic map when the options ask for one. */
    public void map(GraphTarget target) {
        options.map().ifPresent(map -> writeMap(target, map.options(), map.dir(), out));
    }

    /**
     * Reads, lays out and writes the topic map of the graph into {@code dir}, and says so in one line: the map step of
     * a build, and all that {@code papergraph map} does.
     */
    public static void writeMap(GraphTarget target, MapOptions mapOptions, Path dir, PrintWriter out) {
        long start = System.nanoTime();
        var map = TopicMapper.create(target.connection().driver(), target.connection().database()).map(mapOptions);
        var files = TopicMapFiles.write(map, dir);
        out.printf("Topic map: %d terms in %d clusters, %d links, %.1f s: %s (also %s, %s)%n", map.items().size(),
                map.clusters().size(), map.links().size(), (System.nanoTime() - start) / 1e9, files.html(),
                files.vosviewer().getFileName(), files.gexf().getFileName());
        out.flush();
    }

    /**
     * Whether a load of this many papers goes to a new embedded store by neo4j-admin import: an embedded destination
     * whose store holds no database, and an import always wanted, or wanted from enough papers on.
     */
    boolean importsNewStore(int papers) {
        boolean wanted = switch (options.bulkImport()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> papers >= StoreImport.AUTO_MIN_PAPERS;
        };
        return wanted && destination.embeddedStore().map(StoreImport::isNewStore).orElse(false);
    }

    /**
     * Whether an import clusters in process: not when the build does not cluster, nor when GDS may be wanted (engine
     * gds, or auto with modularity and plugins the embedded Neo4j may load it from).
     */
    boolean clustersInImport() {
        var clustering = options.clustering();
        return options.clusterStep() && switch (clustering.engine()) {
            case IN_PROCESS -> true;
            case GDS -> false;
            case AUTO -> clustering.algorithm() != ClusterAlgorithm.LEIDEN_MODULARITY || !destination.pluginsGiven();
        };
    }

    /** Reads the digests, with a summary and the problems met; fails when none of the inputs is a digest. */
    private DigestCorpus read(List<Path> inputs) {
        DigestCorpus corpus = new DigestCorpusReader().read(inputs);
        out.printf("Read %d file(s), %d digest(s): %d entries, %d distinct papers, %d problem(s).%n",
                corpus.files(), corpus.digests().size(), corpus.entries(), corpus.papers().size(), corpus.problems().size());
        out.flush();
        corpus.problems().stream().limit(PROBLEMS_SHOWN).map(Problem::describe).forEach(err::println);
        if (corpus.problems().size() > PROBLEMS_SHOWN) {
            err.printf("... and %d more problems (run 'papergraph extract' to get them all)%n", corpus.problems().size() - PROBLEMS_SHOWN);
        }
        err.flush();
        corpus.requireDigests("nothing loaded");
        return corpus;
    }

    /** Finds the terms of the papers listed by the pending digests: those the load will write. */
    private LoadInput analyse(DigestCorpus corpus, Set<String> pending) {
        var papers = corpus.papers().stream()
                .filter(p -> p.listings().stream().anyMatch(l -> pending.contains(l.digest())))
                .toList();
        var analyses = papers.isEmpty() ? List.<PaperTerms>of() : TermExtractor.create(options.terms()).analyzeAll(papers);
        int unchanged = corpus.papers().size() - papers.size();
        out.printf("Analysed the terms of %d paper(s)%s.%n", analyses.size(),
                unchanged == 0 ? "" : "; " + unchanged + " other(s) are listed by digests loaded already");
        out.flush();
        return new LoadInput(corpus.digests(), corpus.papers(), analyses);
    }

    /** Opens the target and loads into it; returns it open, or closes it when the load fails. */
    private Loaded opened(Function<GraphTarget, LoadReport> load) {
        GraphTarget target = destination.open();
        try {
            return new Loaded(target, load.apply(target));
        } catch (RuntimeException e) {
            target.close();
            throw e;
        }
    }

    private LoadReport report(LoadReport report) {
        out.println(report.describe());
        if (options.timings()) {
            out.println(report.describeSteps());
        }
        out.flush();
        return report;
    }

    private TermRanking ranking() {
        return TermRanking.standard(options.terms());
    }

    private static TopicClusterer clusterer(GraphTarget target) {
        return TopicClusterer.create(target.connection().driver(), target.connection().database());
    }
}
