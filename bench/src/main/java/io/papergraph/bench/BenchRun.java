package io.papergraph.bench;

import io.papergraph.FileTrees;
import io.papergraph.PapergraphException;
import io.papergraph.bench.synthetic.CorpusManifest;
import io.papergraph.bench.synthetic.GeneratorSettings;
import io.papergraph.bench.synthetic.SourceMaterial;
import io.papergraph.bench.synthetic.SyntheticCorpusGenerator;
import io.papergraph.build.BuildOptions;
import io.papergraph.build.GraphBuild;
import io.papergraph.build.GraphDestination;
import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.loader.ExtractOutput;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.LoadReport;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.queries.ReportCatalog;
import io.papergraph.queries.ReportRunner;
import io.papergraph.topics.ClusterOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The stages of {@code papergraph bench run} for one corpus size, each reusing what the other commands do:
 * {@code bench generate}, {@code bench terms}, {@code bench import}, the build service that {@code build} and
 * {@code load} call (load, import, clustering), the report runner and {@code build} itself. Everything is written
 * under one folder per size, {@code WORK/papers-N-seed-S/}: {@code corpus/} (kept and reused), {@code extract/},
 * {@code import/}, {@code store/} and {@code build-db/} (replaced on every run).
 */
public final class BenchRun {

    /** Papers both extraction runs see once before timing, so that neither pays for the JIT alone. */
    public static final int WARM_UP_PAPERS = 200;
    public static final String LOAD_STEPS = "load-steps.txt";

    private final Path dir;
    private final GeneratorSettings corpus;
    private final int threads;
    private final String measuredRunMain;

    /**
     * @param measuredRunMain the class whose {@code main(FIGURES.json, COMMAND, ARGS...)} runs a papergraph command
     *                        and writes its {@link MeasuredCommand.Figures}: the build is timed in a JVM of its own
     */
    public BenchRun(Path work, GeneratorSettings corpus, int threads, String measuredRunMain) {
        this.dir = work.resolve("papers-" + corpus.papers() + "-seed-" + corpus.seed());
        this.corpus = corpus;
        this.threads = threads;
        this.measuredRunMain = measuredRunMain;
    }

    public long papers() {
        return corpus.papers();
    }

    public Path digests() {
        return dir.resolve("corpus").resolve("digests");
    }

    public Path extractOutput() {
        return dir.resolve("extract");
    }

    /** The machine the figures come from. */
    public record Machine(int cores, String cpuModel, long memoryBytes, String java, long maxHeapBytes, double loadAverage) {

        public static Machine current() {
            var runtime = Runtime.getRuntime();
            return new Machine(runtime.availableProcessors(), procField("/proc/cpuinfo", "model name"),
                    kibibytes(procField("/proc/meminfo", "MemTotal")),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    runtime.maxMemory(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        private static String procField(String file, String key) {
            try (Stream<String> lines = Files.lines(Path.of(file))) {
                return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst().orElse("unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }

        private static long kibibytes(String value) {
            String digits = value.replaceAll("[^0-9]", "");
            return digits.isEmpty() ? -1 : Long.parseLong(digits) * 1024;
        }
    }

    /** The corpus: generated now, or reused from an earlier run with the same size, seed and source. */
    public record Corpus(long papers, int files, long entries, String firstDay, String lastDay, boolean reused, double seconds) {
    }

    /** Extraction with terms against bare CoreNLP, from {@link TermBenchmark}. */
    public record Extraction(long papers, long tokens, int threads, double seconds, double papersPerSecond, double tokensPerSecond,
            double bareSeconds, double barePapersPerSecond, double bareTokensPerSecond, double ratio) {

        public static Extraction of(TermBenchmark.Result r) {
            return new Extraction(r.papers(), r.tokens(), r.threads(), r.extractSeconds(), r.extractPapersPerSecond(),
                    r.extractTokensPerSecond(), r.bareSeconds(), r.barePapersPerSecond(), r.bareTokensPerSecond(), r.ratio());
        }
    }

    /** The neo4j-admin import of the extract output, from {@link ExtractOutputImport}. */
    public record AdminImport(long nodes, long relationships, long elements, double seconds, double elementsPerSecond,
            double csvSeconds) {
    }

    /** {@code papergraph build} in a JVM of its own: wall time including JVM start, and its peak memory. */
    public record Build(double wallSeconds, double commandSeconds, String maxHeap, long heapPeakBytes, long residentPeakBytes) {
    }

    public Corpus corpus() {
        var material = SourceMaterial.fromSampleCorpus();
        var corpusDir = dir.resolve("corpus");
        var manifestFile = corpusDir.resolve("manifest.json");
        if (Files.isRegularFile(manifestFile)) {
            var manifest = readManifest(manifestFile);
            if (manifest.distinctPapers() == corpus.papers() && manifest.seed() == corpus.seed()
                    && manifest.papersPerDay() == corpus.papersPerDay()
                    && manifest.firstDay().equals(corpus.firstDay().toString())
                    && manifest.sourceSha256().equals(material.sourceSha256())) {
                return new Corpus(corpus.papers(), manifest.files(), manifest.entries(), manifest.firstDay(), manifest.lastDay(), true, 0);
            }
        }
        FileTrees.delete(corpusDir);
        long started = System.nanoTime();
        var manifest = new SyntheticCorpusGenerator(material).generate(corpus, corpusDir);
        return new Corpus(corpus.papers(), manifest.files(), manifest.entries(), manifest.firstDay(), manifest.lastDay(), false,
                seconds(started));
    }

    public CorpusManifest manifest() {
        return readManifest(dir.resolve("corpus").resolve("manifest.json"));
    }

    private static CorpusManifest readManifest(Path file) {
        try {
            return JsonLines.mapper().readValue(file.toFile(), CorpusManifest.class);
        } catch (IOException e) {
            throw new PapergraphException(file + ": expected the manifest of 'papergraph bench generate': " + e.getMessage(), e);
        }
    }

    /** One timed round of each run after a short warm-up; the extract output stays in {@link #extractOutput()}. */
    public Extraction extraction() {
        FileTrees.delete(extractOutput());
        var settings = new TermBenchmark.Settings(threads, 1, WARM_UP_PAPERS, extractOutput());
        return Extraction.of(TermBenchmark.run(List.of(digests()), settings));
    }

    public AdminImport adminImport(String maxOffHeapMemory) {
        var work = dir.resolve("import");
        FileTrees.delete(work);
        var result = ExtractOutputImport.run(extractOutput(), work, maxOffHeapMemory);
        var f = result.figures();
        return new AdminImport(f.nodes(), f.relationships(), f.elements(), f.seconds(), f.elementsPerSecond(), result.csvSeconds());
    }

    /** A load by the graph loader: what it created and how fast. */
    public record Load(int digests, int papers, long nodesCreated, long relationshipsCreated, long elements, double seconds,
            double elementsPerSecond, long elementsWritten, double elementsWrittenPerSecond) {

        static Load of(LoadInput input, LoadReport report) {
            return new Load(input.digests().size(), input.papers().size(), report.nodesCreated(), report.relationshipsCreated(),
                    report.elementsCreated(), report.elapsed().toNanos() / 1e9, report.elementsPerSecond(),
                    report.elementsWritten(), report.elementsWrittenPerSecond());
        }
    }

    /** The topic clustering of the full graph, with its default options. */
    public record Clustering(String engine, int terms, int clusters, double seconds) {
    }

    /** A packaged report run twice with its default parameters: the first run plans the query. */
    public record ReportTime(String name, int rows, double firstSeconds, double againSeconds) {
    }

    /**
     * What the graph stages measured.
     *
     * @param fresh       the first load of a new embedded store, as {@code build} and {@code load} do it: neo4j-admin
     *                    import of the loader's rows, then schema and marks over Bolt
     * @param freshBolt   the same load through Bolt transactions, as any server given by address is written
     * @param incremental the last day, through Bolt, into the imported store
     */
    public record GraphFigures(Load fresh, Load freshBolt, Load incremental, Clustering clustering, List<ReportTime> reports) {
    }

    /**
     * Loads the corpus, all days but the last, into a new embedded Neo4j through Bolt ({@code store-bolt/}, as any
     * server is written) and into another new one by import ({@code store/}, as {@code build} does for a new store);
     * then the last day into the imported graph, through Bolt; then clusters the full graph and runs every packaged
     * report. Every load is the build service's ({@link GraphBuild}), on free Bolt ports, without HTTP. The inputs are
     * those {@code papergraph extract} gives for those digests, the term findings taken from the extract output.
     */
    public GraphFigures graph() {
        var manifest = manifest();
        if (manifest.days() < 2) {
            throw new PapergraphException("the corpus of " + corpus.papers() + " papers covers one day; the incremental load"
                    + " needs at least two (give more --papers, or fewer --papers-per-day)");
        }
        var earlier = new ArrayList<Path>();
        var lastDay = new ArrayList<Path>();
        for (var digest : manifest.digests()) {
            (digest.date().equals(manifest.lastDay()) ? lastDay : earlier).add(digests().resolve(digest.file()));
        }
        var findings = extractOutput().resolve(ExtractOutput.PAPER_TERMS);
        var boltStore = dir.resolve("store-bolt");
        FileTrees.delete(boltStore);
        var freshBolt = loadFresh(service(boltStore, BuildOptions.BulkImport.NEVER), earlier, findings);
        freshBolt.target().close();
        FileTrees.delete(boltStore);
        var store = dir.resolve("store");
        FileTrees.delete(store);
        var imported = service(store, BuildOptions.BulkImport.ALWAYS);
        var fresh = loadFresh(imported, earlier, findings);
        try (var target = fresh.target()) {
            var incremental = load(imported, target, lastDay, findings);
            writeLoadSteps(fresh.run().report(), freshBolt.run().report(), incremental.report());
            var summary = imported.recluster(target);
            var clustering = new Clustering(summary.engine().name(), summary.terms(), summary.clusters(),
                    summary.took().toNanos() / 1e9);
            return new GraphFigures(fresh.run().load(), freshBolt.run().load(), incremental.load(), clustering,
                    reports(target.connection()));
        }
    }

    /**
     * The build service on a new embedded store, with the default options, loading by import or through Bolt as
     * told, clustering only when asked ({@link GraphBuild#recluster}); what it prints goes nowhere.
     */
    private static GraphBuild service(Path store, BuildOptions.BulkImport bulkImport) {
        var options = new BuildOptions(TermOptions.defaults(), LoaderOptions.defaults(), BuildOptions.RankingState.DEFAULT,
                bulkImport, false, ClusterOptions.defaults(), false, Optional.empty());
        var quiet = new PrintWriter(Writer.nullWriter());
        return new GraphBuild(GraphDestination.embedded(store), options, quiet, quiet);
    }

    private record LoadRun(Load load, LoadReport report) {
    }

    /** A first load into a new store: the target, open, and the load's figures. */
    private record Fresh(GraphTarget target, LoadRun run) {
    }

    /**
     * Loads the given digests into the service's new store, with the term findings of their papers from the extract
     * output. The input lives for this load only: held beside the graph of the next one, a year of papers outgrows a
     * 4 GiB heap.
     */
    private static Fresh loadFresh(GraphBuild service, List<Path> files, Path findingsFile) {
        var input = loadInput(files, findingsFile);
        var loaded = service.load(input);
        return new Fresh(loaded.target(), new LoadRun(Load.of(input, loaded.report()), loaded.report()));
    }

    /** Loads the given digests, with their findings from the extract output, into an open target. */
    private static LoadRun load(GraphBuild service, GraphTarget target, List<Path> files, Path findingsFile) {
        var input = loadInput(files, findingsFile);
        var report = service.load(target, input);
        return new LoadRun(Load.of(input, report), report);
    }

    /** Where each load spent its time, step by step (as {@code load --timings} prints it), in {@code load-steps.txt}. */
    private void writeLoadSteps(LoadReport fresh, LoadReport freshBolt, LoadReport incremental) {
        var text = "Fresh load (all days but the last) into a new embedded store, by import:\n" + fresh.describeSteps()
                + "\n\nFresh load (all days but the last) through Bolt:\n" + freshBolt.describeSteps()
                + "\n\nIncremental load (the last day):\n" + incremental.describeSteps() + "\n";
        try {
            Files.writeString(dir.resolve(LOAD_STEPS), text);
        } catch (IOException e) {
            throw new PapergraphException("cannot write " + dir.resolve(LOAD_STEPS) + ": " + e.getMessage());
        }
    }

    private static LoadInput loadInput(List<Path> files, Path findingsFile) {
        var corpus = new DigestCorpusReader().read(files);
        var ids = new HashSet<String>();
        corpus.papers().forEach(p -> ids.add(p.arxivId()));
        var terms = JsonLines.read(findingsFile, PaperTerms.class).stream().filter(t -> ids.contains(t.arxivId())).toList();
        return new LoadInput(corpus.digests(), corpus.papers(), terms);
    }

    /**
     * Every packaged report, required parameters set to something the graph holds (the most mentioned term, the
     * most prolific author, the largest cluster, the first paper), else to the example of the report's header.
     */
    public static List<ReportTime> reports(Neo4jConnection connection) {
        var runner = ReportRunner.create(connection.driver(), connection.database());
        var values = ReportBenchmark.requiredValues(connection);
        var times = new ArrayList<ReportTime>();
        for (var report : ReportCatalog.packaged().list()) {
            var parameters = ReportBenchmark.requiredParameters(report, values);
            long started = System.nanoTime();
            var result = runner.run(report, parameters);
            double first = seconds(started);
            started = System.nanoTime();
            runner.run(report, parameters);
            times.add(new ReportTime(report.name(), result.rows().size(), first, seconds(started)));
        }
        return times;
    }

    /**
     * Runs {@code papergraph build} on the corpus in a new JVM with the given maximum heap, on a fresh store (its
     * Neo4j, not serving, takes a free Bolt port and starts no HTTP); its output goes to {@code build.log}.
     */
    public Build build(String maxHeap) {
        var store = dir.resolve("build-db");
        FileTrees.delete(store);
        var figuresFile = dir.resolve("build-figures.json");
        var log = dir.resolve("build.log");
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap, "-XX:+UseParallelGC",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), measuredRunMain, figuresFile.toString(),
                "build", digests().toString(), "--db-dir", store.toString(), "--no-progress"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("NEO4J_"));
        long started = System.nanoTime();
        int exit;
        try {
            exit = builder.start().waitFor();
        } catch (IOException e) {
            throw new PapergraphException("cannot start 'papergraph build' in a new JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PapergraphException("interrupted while 'papergraph build' ran", e);
        }
        double wall = seconds(started);
        if (exit != 0) {
            throw new PapergraphException("'papergraph build' failed (exit " + exit + "); see " + log);
        }
        MeasuredCommand.Figures figures;
        try {
            figures = JsonLines.mapper().readValue(figuresFile.toFile(), MeasuredCommand.Figures.class);
        } catch (IOException e) {
            throw new PapergraphException("cannot read the figures of 'papergraph build' from " + figuresFile, e);
        }
        return new Build(wall, figures.seconds(), maxHeap, figures.heapPeakBytes(), figures.residentPeakBytes());
    }

    public static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
