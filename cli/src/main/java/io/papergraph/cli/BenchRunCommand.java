package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.bench.BenchRun;
import io.papergraph.extractor.JsonLines;
import io.papergraph.bench.synthetic.GeneratorSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code papergraph bench run}: every stage of Papergraph on synthetic corpora of growing size. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs every stage on synthetic corpora of the given sizes and prints their figures side by side:",
            "extraction against bare CoreNLP (as 'bench terms'), the neo4j-admin import of the same graph (as 'bench",
            "import'), and 'papergraph build' end to end in a JVM of its own with its peak memory; then cost per paper.",
            "Each size works in WORK/papers-N-seed-S/: the corpus (corpus/) is kept and reused by later runs, the rest",
            "is made afresh."
        },
        footer = {
            "",
            "Example: papergraph bench run --papers 1000,10000 --work /tmp/bench --json bench.json"
        })
final class BenchRunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--papers", required = true, split = ",", paramLabel = "N",
            description = "Corpus sizes in papers, comma-separated, e.g. 1000,10000,100000.")
    List<Long> sizes;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the corpora (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--papers-per-day", defaultValue = "" + GeneratorSettings.DEFAULT_PAPERS_PER_DAY, paramLabel = "K",
            description = "New papers per weekday of the corpora, as in 'bench generate' (default: ${DEFAULT-VALUE}).")
    int papersPerDay;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads of both runs (default: one per core).")
    Integer threads;

    @Option(names = "--work", defaultValue = "papergraph-bench", paramLabel = "DIR",
            description = "Working folder for corpora, outputs and stores (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path json;

    @Option(names = "--build-heap", defaultValue = "4g", paramLabel = "SIZE",
            description = "Maximum heap (-Xmx) of the JVM that runs 'papergraph build' (default: ${DEFAULT-VALUE}).")
    String buildHeap;

    @Option(names = "--max-off-heap-memory", defaultValue = "1G", paramLabel = "SIZE",
            description = "Memory the neo4j-admin import may use outside the heap (default: ${DEFAULT-VALUE}).")
    String maxOffHeapMemory;

    /** Figures of one corpus size. */
    record SizeFigures(long papers, BenchRun.Corpus corpus, BenchRun.Extraction extraction, BenchRun.AdminImport adminImport,
            BenchRun.Load freshLoad, BenchRun.Load freshLoadBolt, BenchRun.Load incrementalLoad, double freshLoadRatio,
            double freshLoadBoltRatio, double incrementalLoadRatio,
            BenchRun.Clustering clustering, List<BenchRun.ReportTime> reports, BenchRun.Build build, CostPerPaper costPerPaper) {
    }

    /** Milliseconds per paper of the stages that grow with the corpus; load is the fresh and incremental loads together. */
    record CostPerPaper(double extractionMs, double loadMs, double buildMs) {

        static CostPerPaper of(long papers, BenchRun.Extraction extraction, BenchRun.GraphFigures graph, BenchRun.Build build) {
            return new CostPerPaper(extraction.seconds() * 1000 / papers,
                    (graph.fresh().seconds() + graph.incremental().seconds()) * 1000 / papers, build.wallSeconds() * 1000 / papers);
        }

        /** This cost as a multiple of another's. */
        CostPerPaper over(CostPerPaper base) {
            return new CostPerPaper(extractionMs / base.extractionMs, loadMs / base.loadMs, buildMs / base.buildMs);
        }
    }

    /** Everything {@code --json} writes. */
    record Figures(BenchRun.Machine machine, double loadAverageAtEnd, long seed, int threads, List<SizeFigures> sizes,
            CostPerPaper costGrowth) {
    }

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        var runs = sizes.stream().map(size -> new BenchRun(work, settings(size), n, MeasuredRun.class.getName())).toList();
        var out = spec.commandLine().getOut();
        var machine = BenchRun.Machine.current();
        out.printf(Locale.ROOT, "Machine: %d cores (%s), %.1f GiB memory, %s, max heap %.1f GiB, load average %.2f%n",
                machine.cores(), machine.cpuModel(), gib(machine.memoryBytes()), machine.java(), gib(machine.maxHeapBytes()),
                machine.loadAverage());
        out.flush();
        var results = new ArrayList<SizeFigures>();
        for (var run : runs) {
            results.add(runSize(run, out));
        }
        var growth = results.get(results.size() - 1).costPerPaper().over(results.get(0).costPerPaper());
        var figures = new Figures(machine, BenchRun.Machine.current().loadAverage(), seed, n, results, growth);
        printTable(figures, out);
        if (json != null) {
            writeJson(figures);
            out.println("Figures written to " + json);
        }
        out.flush();
        return 0;
    }

    private GeneratorSettings settings(long size) {
        try {
            return new GeneratorSettings(size, seed, papersPerDay, GeneratorSettings.DEFAULT_FIRST_DAY);
        } catch (PapergraphException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private SizeFigures runSize(BenchRun run, PrintWriter out) {
        long size = run.papers();
        String at = String.format(Locale.ROOT, "[%,d papers]", size);
        var corpus = run.corpus();
        out.printf(Locale.ROOT, "%s corpus: %d files, %,d entries, %s to %s (%s)%n", at, corpus.files(), corpus.entries(),
                corpus.firstDay(), corpus.lastDay(), corpus.reused() ? "reused" : String.format(Locale.ROOT, "generated in %.1f s", corpus.seconds()));
        out.flush();
        var extraction = run.extraction();
        out.printf(Locale.ROOT, "%s extraction: %.1f s, %,.0f tokens/s; bare CoreNLP %.1f s, %,.0f tokens/s; ratio %.3f%n", at,
                extraction.seconds(), extraction.tokensPerSecond(), extraction.bareSeconds(), extraction.bareTokensPerSecond(),
                extraction.ratio());
        out.flush();
        var adminImport = run.adminImport(maxOffHeapMemory);
        out.printf(Locale.ROOT, "%s neo4j-admin import: %,d elements in %.1f s, %,.0f elements/s%n", at, adminImport.elements(),
                adminImport.seconds(), adminImport.elementsPerSecond());
        out.flush();
        var graph = run.graph();
        double freshRatio = graph.fresh().elementsPerSecond() / adminImport.elementsPerSecond();
        double freshBoltRatio = graph.freshBolt().elementsPerSecond() / adminImport.elementsPerSecond();
        double incrementalRatio = graph.incremental().elementsPerSecond() / adminImport.elementsPerSecond();
        out.printf(Locale.ROOT, "%s load: fresh (new embedded store, by import) %,d elements in %.1f s, %,.0f elements/s"
                        + " (%.2f of neo4j-admin import); fresh through Bolt %.1f s, %,.0f elements/s (%.2f);"
                        + " incremental (%s) %,d elements in %.1f s, %,.0f elements/s (%.2f), %,d elements written (created,"
                        + " updated or deleted), %,.0f/s%n", at, graph.fresh().elements(),
                graph.fresh().seconds(), graph.fresh().elementsPerSecond(), freshRatio, graph.freshBolt().seconds(),
                graph.freshBolt().elementsPerSecond(), freshBoltRatio, corpus.lastDay(),
                graph.incremental().elements(), graph.incremental().seconds(), graph.incremental().elementsPerSecond(),
                incrementalRatio, graph.incremental().elementsWritten(), graph.incremental().elementsWrittenPerSecond());
        out.printf(Locale.ROOT, "%s clustering: %d clusters over %d terms in %.1f s; reports: %s%n", at,
                graph.clustering().clusters(), graph.clustering().terms(), graph.clustering().seconds(),
                graph.reports().stream().map(r -> String.format(Locale.ROOT, "%s %.2f s", r.name(), r.firstSeconds()))
                        .collect(Collectors.joining(", ")));
        out.flush();
        var build = run.build(buildHeap);
        out.printf(Locale.ROOT, "%s papergraph build: %.1f s wall, heap peak %.2f GiB, resident peak %.2f GiB%n", at,
                build.wallSeconds(), gib(build.heapPeakBytes()), gib(build.residentPeakBytes()));
        out.flush();
        return new SizeFigures(size, corpus, extraction, adminImport, graph.fresh(), graph.freshBolt(), graph.incremental(),
                freshRatio, freshBoltRatio, incrementalRatio, graph.clustering(), graph.reports(), build, CostPerPaper.of(size, extraction, graph, build));
    }

    /** One row per figure, one column per size. */
    private void printTable(Figures figures, PrintWriter out) {
        var rows = new ArrayList<Row>();
        rows.add(new Row("papers", s -> String.format(Locale.ROOT, "%,d", s.papers())));
        rows.add(new Row("digest files", s -> String.valueOf(s.corpus().files())));
        rows.add(new Row("tokens (English title + abstract)", s -> String.format(Locale.ROOT, "%,d", s.extraction().tokens())));
        rows.add(new Row("extraction papers/s", s -> fixed(s.extraction().papersPerSecond(), 1)));
        rows.add(new Row("extraction tokens/s", s -> thousands(s.extraction().tokensPerSecond())));
        rows.add(new Row("bare CoreNLP papers/s", s -> fixed(s.extraction().barePapersPerSecond(), 1)));
        rows.add(new Row("bare CoreNLP tokens/s", s -> thousands(s.extraction().bareTokensPerSecond())));
        rows.add(new Row("extraction / bare CoreNLP (bar >= 0.90)", s -> fixed(s.extraction().ratio(), 3)));
        rows.add(new Row("fresh load elements (all days but the last)", s -> thousands(s.freshLoad().elements())));
        rows.add(new Row("fresh load elements/s, new embedded store by import (bar >= 40,000)",
                s -> thousands(s.freshLoad().elementsPerSecond())));
        rows.add(new Row("fresh load elements/s through Bolt, as to any server", s -> thousands(s.freshLoadBolt().elementsPerSecond())));
        rows.add(new Row("incremental load elements (last day)", s -> thousands(s.incrementalLoad().elements())));
        rows.add(new Row("incremental load elements/s (bar >= 20,000)", s -> thousands(s.incrementalLoad().elementsPerSecond())));
        rows.add(new Row("incremental load elements written (created, updated, deleted)", s -> thousands(s.incrementalLoad().elementsWritten())));
        rows.add(new Row("incremental load elements written/s", s -> thousands(s.incrementalLoad().elementsWrittenPerSecond())));
        rows.add(new Row("neo4j-admin import elements (whole graph)", s -> thousands(s.adminImport().elements())));
        rows.add(new Row("neo4j-admin import elements/s", s -> thousands(s.adminImport().elementsPerSecond())));
        rows.add(new Row("fresh load by import / neo4j-admin import", s -> fixed(s.freshLoadRatio(), 3)));
        rows.add(new Row("fresh load through Bolt / neo4j-admin import", s -> fixed(s.freshLoadBoltRatio(), 3)));
        rows.add(new Row("incremental load / neo4j-admin import", s -> fixed(s.incrementalLoadRatio(), 3)));
        rows.add(new Row("clustering s (" + figures.sizes().get(0).clustering().engine().toLowerCase(Locale.ROOT) + ")",
                s -> fixed(s.clustering().seconds(), 2)));
        rows.add(new Row("topic clusters", s -> String.valueOf(s.clustering().clusters())));
        for (int i = 0; i < figures.sizes().get(0).reports().size(); i++) {
            int index = i;
            rows.add(new Row("report " + figures.sizes().get(0).reports().get(i).name() + " s (first / again)", s -> {
                var report = s.reports().get(index);
                return fixed(report.firstSeconds(), 2) + " / " + fixed(report.againSeconds(), 2);
            }));
        }
        rows.add(new Row("build wall time s (incl. JVM start)", s -> fixed(s.build().wallSeconds(), 1)));
        rows.add(new Row("build heap peak MiB", s -> thousands(s.build().heapPeakBytes() / 1048576.0)));
        rows.add(new Row("build resident peak MiB", s -> thousands(s.build().residentPeakBytes() / 1048576.0)));
        rows.add(new Row("cost per paper: extraction ms", s -> fixed(s.costPerPaper().extractionMs(), 2)));
        rows.add(new Row("cost per paper: load ms", s -> fixed(s.costPerPaper().loadMs(), 2)));
        rows.add(new Row("cost per paper: build ms", s -> fixed(s.costPerPaper().buildMs(), 2)));
        var sizes = figures.sizes();
        int labelWidth = rows.stream().mapToInt(r -> r.label().length()).max().orElse(0);
        var cells = new ArrayList<List<String>>();
        int cellWidth = 8;
        for (var row : rows) {
            var line = sizes.stream().map(row.value()).toList();
            cells.add(line);
            cellWidth = Math.max(cellWidth, line.stream().mapToInt(String::length).max().orElse(0));
        }
        out.println();
        String format = "%-" + labelWidth + "s" + ("  %" + cellWidth + "s").repeat(sizes.size()) + "%n";
        for (int i = 0; i < rows.size(); i++) {
            var args = new ArrayList<Object>();
            args.add(rows.get(i).label());
            args.addAll(cells.get(i));
            out.printf(Locale.ROOT, format, args.toArray());
        }
        var growth = figures.costGrowth();
        out.printf(Locale.ROOT, "%ncost per paper, %,d papers vs %,d: extraction x%.2f, load x%.2f, build x%.2f"
                        + " (bar: build within x1.5)%n",
                sizes.get(sizes.size() - 1).papers(), sizes.get(0).papers(), growth.extractionMs(), growth.loadMs(), growth.buildMs());
        out.printf(Locale.ROOT, "load average: %.2f at the start, %.2f at the end%n", figures.machine().loadAverage(),
                figures.loadAverageAtEnd());
    }

    private record Row(String label, Function<SizeFigures, String> value) {
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String thousands(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static double gib(long bytes) {
        return bytes / (double) (1L << 30);
    }

    private void writeJson(Figures figures) {
        try {
            var parent = json.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            JsonLines.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), figures);
        } catch (IOException e) {
            throw new PapergraphException("cannot write " + json + ": " + e.getMessage(), e);
        }
    }
}
