package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.synthetic.CorpusManifest;
import io.papergraph.extractor.synthetic.GeneratorSettings;
import io.papergraph.extractor.synthetic.SourceMaterial;
import io.papergraph.extractor.synthetic.SyntheticCorpusGenerator;
import io.papergraph.extractor.terms.TermBenchmark;
import io.papergraph.loader.bench.ExtractOutputImport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stages of {@code papergraph bench run} for one corpus size, each reusing what the other commands do:
 * {@code bench generate}, {@code bench terms}, {@code bench import} and {@code build}. Everything is written
 * under one folder per size, {@code WORK/papers-N-seed-S/}: {@code corpus/} (kept and reused), {@code extract/},
 * {@code import/} and {@code build-db/} (replaced on every run).
 */
final class BenchRun {

    /** Papers both extraction runs see once before timing, so that neither pays for the JIT alone. */
    static final int WARM_UP_PAPERS = 200;

    private final Path dir;
    private final long papers;
    private final long seed;
    private final int threads;

    BenchRun(Path work, long papers, long seed, int threads) {
        this.dir = work.resolve("papers-" + papers + "-seed-" + seed);
        this.papers = papers;
        this.seed = seed;
        this.threads = threads;
    }

    Path dir() {
        return dir;
    }

    Path digests() {
        return dir.resolve("corpus").resolve("digests");
    }

    Path extractOutput() {
        return dir.resolve("extract");
    }

    /** The machine the figures come from. */
    record Machine(int cores, String cpuModel, long memoryBytes, String java, long maxHeapBytes, double loadAverage) {

        static Machine current() {
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
    record Corpus(long papers, int files, long entries, String firstDay, String lastDay, boolean reused, double seconds) {
    }

    /** Extraction with terms against bare CoreNLP, from {@link TermBenchmark}. */
    record Extraction(long papers, long tokens, int threads, double seconds, double papersPerSecond, double tokensPerSecond,
            double bareSeconds, double barePapersPerSecond, double bareTokensPerSecond, double ratio) {

        static Extraction of(TermBenchmark.Result r) {
            return new Extraction(r.papers(), r.tokens(), r.threads(), r.extractSeconds(), r.extractPapersPerSecond(),
                    r.extractTokensPerSecond(), r.bareSeconds(), r.barePapersPerSecond(), r.bareTokensPerSecond(), r.ratio());
        }
    }

    /** The neo4j-admin import of the extract output, from {@link ExtractOutputImport}. */
    record AdminImport(long nodes, long relationships, long elements, double seconds, double elementsPerSecond,
            double csvSeconds) {
    }

    /** {@code papergraph build} in a JVM of its own: wall time including JVM start, and its peak memory. */
    record Build(double wallSeconds, double commandSeconds, String maxHeap, long heapPeakBytes, long residentPeakBytes) {
    }

    Corpus corpus() {
        var material = SourceMaterial.fromSampleCorpus();
        var corpusDir = dir.resolve("corpus");
        var manifestFile = corpusDir.resolve("manifest.json");
        if (Files.isRegularFile(manifestFile)) {
            var manifest = readManifest(manifestFile);
            if (manifest.distinctPapers() == papers && manifest.seed() == seed
                    && manifest.papersPerDay() == GeneratorSettings.DEFAULT_PAPERS_PER_DAY
                    && manifest.sourceSha256().equals(material.sourceSha256())) {
                return new Corpus(papers, manifest.files(), manifest.entries(), manifest.firstDay(), manifest.lastDay(), true, 0);
            }
        }
        deleteTree(corpusDir);
        long started = System.nanoTime();
        var manifest = new SyntheticCorpusGenerator(material).generate(GeneratorSettings.of(papers, seed), corpusDir);
        return new Corpus(papers, manifest.files(), manifest.entries(), manifest.firstDay(), manifest.lastDay(), false,
                seconds(started));
    }

    CorpusManifest manifest() {
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
    Extraction extraction() {
        deleteTree(extractOutput());
        var settings = new TermBenchmark.Settings(threads, 1, WARM_UP_PAPERS, extractOutput());
        return Extraction.of(TermBenchmark.run(List.of(digests()), settings));
    }

    AdminImport adminImport(String maxOffHeapMemory) {
        var work = dir.resolve("import");
        deleteTree(work);
        var result = ExtractOutputImport.run(extractOutput(), work, maxOffHeapMemory);
        var f = result.figures();
        return new AdminImport(f.nodes(), f.relationships(), f.elements(), f.seconds(), f.elementsPerSecond(), result.csvSeconds());
    }

    /**
     * Runs {@code papergraph build} on the corpus in a new JVM with the given maximum heap, on a fresh store
     * and free ports; its output goes to {@code build.log}.
     */
    Build build(String maxHeap) {
        var store = dir.resolve("build-db");
        deleteTree(store);
        var figuresFile = dir.resolve("build-figures.json");
        var log = dir.resolve("build.log");
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap, "-XX:+UseParallelGC",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), MeasuredRun.class.getName(), figuresFile.toString(),
                "build", digests().toString(), "--db-dir", store.toString(),
                "--bolt-port", String.valueOf(freePort()), "--http-port", String.valueOf(freePort()), "--no-progress"));
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
        MeasuredRun.Figures figures;
        try {
            figures = JsonLines.mapper().readValue(figuresFile.toFile(), MeasuredRun.Figures.class);
        } catch (IOException e) {
            throw new PapergraphException("cannot read the figures of 'papergraph build' from " + figuresFile, e);
        }
        return new Build(wall, figures.seconds(), maxHeap, figures.heapPeakBytes(), figures.residentPeakBytes());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new PapergraphException("cannot find a free port: " + e.getMessage(), e);
        }
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Deletes a folder this benchmark wrote, with everything in it. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new PapergraphException("cannot delete " + root + " for a fresh run: " + e.getMessage(), e);
        }
    }
}
