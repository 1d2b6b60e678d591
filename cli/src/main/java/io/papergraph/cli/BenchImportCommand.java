package io.papergraph.cli;

import io.papergraph.bench.ExtractOutputImport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code papergraph bench import}: the neo4j-admin bulk import of an extract output, as a yardstick. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Bulk-imports an extract output with neo4j-admin: the yardstick for 'load'.",
            "Writes the graph of an 'extract' output directory (papers.jsonl, digests.jsonl; terms ranked from "
                    + "paper-terms.jsonl when it is there) as the import files of 'build' and imports them with "
                    + "neo4j-admin database import, in this JVM, into a fresh Neo4j home; "
                    + "prints nodes, relationships and graph elements per second.",
            "Files: WORK/csv/*.csv, the store in WORK/home, the import's log in WORK/home/import.log."
        })
final class BenchImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXTRACT_DIR", description = "Output directory of 'papergraph extract'.")
    Path extractOutput;

    @Option(names = {"-o", "--work"}, required = true, paramLabel = "WORK",
            description = "Directory for the CSV files and the new store; WORK/home must hold no database.")
    Path work;

    @Option(names = "--max-off-heap-memory", defaultValue = "1G", paramLabel = "SIZE",
            description = "Memory the import may use outside the heap (default: ${DEFAULT-VALUE}).")
    String maxOffHeapMemory;

    @Override
    public Integer call() {
        var result = ExtractOutputImport.run(extractOutput, work, maxOffHeapMemory);
        var out = spec.commandLine().getOut();
        out.printf("CSV: %,d nodes, %,d relationships in %s (%.1f s)%n", result.csv().nodeCount(),
                result.csv().relationshipCount(), result.directory(), result.csvSeconds());
        out.println(result.figures().describe());
        return 0;
    }
}
