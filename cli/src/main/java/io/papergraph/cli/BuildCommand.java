package io.papergraph.cli;

import io.papergraph.extractor.DigestCorpus;
import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Problem;
import io.papergraph.extractor.terms.TermExtractor;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.TermGraph;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.loader.connection.GraphTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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

    private static final int PROBLEMS_SHOWN = 20;

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
        map.toOptions(); // a bad map option is a usage error before any digest is read
        DigestInputs.requireExisting(inputs);
        connection.requireStoreFree(); // a store another process holds is told before any digest is read
        // CoreNLP's models load only when some paper is to be analysed: a build that finds every digest loaded skips them.
        var termOptions = load.termOptions();
        java.util.function.Supplier<TermExtractor> extractor = () -> TermExtractor.create(termOptions);
        // The digests, papers and findings are gone once loaded: the clustering works from the term graph the load left.
        try (GraphTarget target = readAnalyseAndLoad(extractor, clusterStep.duringImport(clusterOptions, connection),
                clusterStep.afterLoad())) {
            clusterStep.run(target, clusterOptions, spec);
            if (writeMap) {
                map.write(target, mapDir, spec);
            }
            if (serve) {
                BrowserServing.serve(target, stopAfter, spec);
            } else {
                GraphMessages.printNext(target, connection, spec.commandLine().getOut());
            }
        }
        return 0;
    }

    /**
     * Reads the digests, analyses the papers to load and loads them; returns the target, open. A new embedded store
     * is imported (see {@link GraphBuild#importsNewStore}) with its topic clusters when {@code clustering} is not
     * null: every paper is analysed, and the server starts after. {@code loadedTerms} gets the term graph a load
     * through Bolt leaves.
     */
    private GraphTarget readAnalyseAndLoad(java.util.function.Supplier<TermExtractor> extractor, StoreImport.Clustering clustering,
            Consumer<TermGraph> loadedTerms) {
        DigestCorpus corpus = read();
        var build = new GraphBuild(connection, load, spec);
        if (build.importsNewStore(corpus.papers().size())) {
            var all = corpus.digests().stream().map(DigestInfo::file).collect(Collectors.toSet());
            return build.openAndLoad(analyse(corpus, extractor, all), clustering, loadedTerms);
        }
        return build.opened(target -> {
            var pending = GraphLoader.create(target.connection(), TermRanking.standard(load.termOptions()), load.loaderOptions(target))
                    .digestsToLoad(corpus.digests());
            build.load(target, analyse(corpus, extractor, pending), loadedTerms);
        });
    }

    /** Reads the digests, with a summary and the problems met. */
    private DigestCorpus read() {
        DigestCorpus corpus = new DigestCorpusReader().read(inputs);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        out.printf("Read %d file(s), %d digest(s): %d entries, %d distinct papers, %d problem(s).%n",
                corpus.files(), corpus.digests().size(), corpus.entries(), corpus.papers().size(), corpus.problems().size());
        out.flush();
        corpus.problems().stream().limit(PROBLEMS_SHOWN).map(Problem::describe).forEach(err::println);
        if (corpus.problems().size() > PROBLEMS_SHOWN) {
            err.printf("... and %d more problems (run 'papergraph extract' to get them all)%n", corpus.problems().size() - PROBLEMS_SHOWN);
        }
        err.flush();
        DigestInputs.requireDigests(corpus, "nothing loaded");
        return corpus;
    }

    /**
     * Finds the terms of the papers the load will write: those listed by digests not loaded yet or changed. The
     * papers of digests loaded already keep their stored findings, so a daily build analyses one day, not the year.
     */
    private LoadInput analyse(DigestCorpus corpus, java.util.function.Supplier<TermExtractor> extractor, Set<String> pending) {
        var papers = corpus.papers().stream()
                .filter(p -> p.listings().stream().anyMatch(l -> pending.contains(l.digest())))
                .toList();
        var analyses = papers.isEmpty() ? List.<io.papergraph.extractor.terms.PaperTerms>of() : extractor.get().analyzeAll(papers);
        var out = spec.commandLine().getOut();
        int unchanged = corpus.papers().size() - papers.size();
        out.printf("Analysed the terms of %d paper(s)%s.%n", analyses.size(),
                unchanged == 0 ? "" : "; " + unchanged + " other(s) are listed by digests loaded already");
        out.flush();
        return new LoadInput(corpus.digests(), corpus.papers(), analyses);
    }
}
