package io.papergraph.loader.bulk;

import io.papergraph.PapergraphException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * Runs {@code neo4j-admin database import full} in this JVM on a fresh Neo4j home: the fastest way Neo4j
 * offers to build a store. A new embedded store is built with it ({@link StoreImport}), and it is the benchmarks'
 * yardstick for the loader's elements per second. The tool's own output goes to {@code HOME/import.log}; any bad
 * entry fails the import (bad tolerance 0), none is skipped.
 */
public final class AdminImport {

    private AdminImport() {
    }

    /**
     * The CSV files of one import.
     *
     * @param nodes             node files by label
     * @param relationships     relationship files by type (a type may have several, each with its own header)
     * @param nodeCount         nodes over all files
     * @param relationshipCount relationships over all files
     * @param lineBreaks        whether some field holds a line break ({@code --multiline-fields}, which keeps the
     *                          import from parsing a file in parallel)
     */
    public record Files(Map<String, Path> nodes, Map<String, java.util.List<Path>> relationships, long nodeCount,
            long relationshipCount, boolean lineBreaks) {
        public Files {
            nodes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nodes));
            var copy = new java.util.LinkedHashMap<String, java.util.List<Path>>();
            relationships.forEach((type, files) -> copy.put(type, java.util.List.copyOf(files)));
            relationships = java.util.Collections.unmodifiableMap(copy);
        }
    }

    /**
     * What one import took.
     *
     * @param nodes         nodes imported
     * @param relationships relationships imported
     * @param seconds       wall time of the import (not of writing the CSV files)
     */
    public record Figures(long nodes, long relationships, double seconds) {
        public long elements() {
            return nodes + relationships;
        }

        public double elementsPerSecond() {
            return elements() / Math.max(seconds, 1e-9);
        }

        /** One line for a benchmark report. */
        public String describe() {
            return String.format("neo4j-admin import: %,d nodes + %,d relationships = %,d elements in %.1f s = %,.0f elements/s",
                    nodes, relationships, elements(), seconds, elementsPerSecond());
        }
    }

    /**
     * Imports the graph into database {@code neo4j} of a new Neo4j home.
     *
     * @param home              a directory that holds no store yet (created if needed)
     * @param csv               the graph's files
     * @param maxOffHeapMemory  the import's memory limit, as neo4j-admin takes it ({@code 1G}, {@code 512M})
     */
    public static Figures run(Path home, Files csv, String maxOffHeapMemory) {
        return run(home, csv, maxOffHeapMemory, home.resolve("import.log"));
    }

    /**
     * As {@link #run(Path, Files, String)}, with the tool's output in {@code log} and its report of bad entries
     * beside it ({@code import.report}).
     */
    public static Figures run(Path home, Files csv, String maxOffHeapMemory, Path log) {
        Objects.requireNonNull(csv, "csv");
        var databases = home.resolve("data").resolve("databases").resolve("neo4j");
        if (java.nio.file.Files.exists(databases)) {
            throw new PapergraphException(home + " already holds a database; the import needs a fresh home");
        }
        var conf = home.resolve("conf");
        var args = new ArrayList<String>();
        args.add("database");
        args.add("import");
        args.add("full");
        args.add("neo4j");
        args.add("--multiline-fields=" + csv.lineBreaks());
        args.add("--array-delimiter=" + ImportFile.ARRAY_DELIMITER);
        args.add("--max-off-heap-memory=" + maxOffHeapMemory);
        args.add("--bad-tolerance=0");
        args.add("--report-file=" + log.resolveSibling("import.report").toAbsolutePath());
        csv.nodes().forEach((label, file) -> args.add("--nodes=" + label + "=" + file.toAbsolutePath()));
        csv.relationships().forEach((type, files) -> files.forEach(
                file -> args.add("--relationships=" + type + "=" + file.toAbsolutePath())));
        long started;
        int exit;
        try {
            java.nio.file.Files.createDirectories(conf);
            java.nio.file.Files.createDirectories(log.toAbsolutePath().getParent());
            if (!java.nio.file.Files.exists(conf.resolve("neo4j.conf"))) {
                java.nio.file.Files.writeString(conf.resolve("neo4j.conf"), "");
            }
            try (var out = new PrintStream(java.nio.file.Files.newOutputStream(log), true, StandardCharsets.UTF_8);
                 var fs = new DefaultFileSystemAbstraction()) {
                started = System.nanoTime();
                exit = AdminTool.execute(new ExecutionContext(home, conf, out, out, fs), args.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new PapergraphException(home + ": cannot prepare or run the import: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (exit != 0) {
            throw new PapergraphException("neo4j-admin database import failed (exit " + exit + "); see " + log);
        }
        return new Figures(csv.nodeCount(), csv.relationshipCount(), seconds);
    }
}
