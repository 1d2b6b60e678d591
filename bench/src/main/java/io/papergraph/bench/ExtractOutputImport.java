package io.papergraph.bench;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.loader.bulk.AdminImport;
import io.papergraph.loader.ExtractOutput;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.extractor.terms.corpus.TermRanking;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bulk-import yardstick for an {@code extract} output directory: writes its graph into {@code WORK/csv} with the
 * import writer of {@code build} ({@link StoreImport#writeFiles}), terms ranked from the output's findings
 * ({@code paper-terms.jsonl}) when it has them, and imports the files with {@code neo4j-admin} into the fresh home
 * {@code WORK/home}.
 */
public final class ExtractOutputImport {

    private ExtractOutputImport() {
    }

    /**
     * What it took.
     *
     * @param directory  where the import files are
     * @param csv        the files written
     * @param csvSeconds time to read the output, rank its terms and write the files
     * @param figures    the import's figures
     */
    public record Result(Path directory, AdminImport.Files csv, double csvSeconds, AdminImport.Figures figures) {
    }

    public static Result run(Path extractOutput, Path work, String maxOffHeapMemory) {
        for (var name : new String[] {ExtractOutput.PAPERS, ExtractOutput.DIGESTS}) {
            var file = extractOutput.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new PapergraphException(file + " is missing; run 'papergraph extract' into " + extractOutput + " first");
            }
        }
        long started = System.nanoTime();
        var input = ExtractOutput.read(extractOutput);
        var directory = work.resolve("csv");
        var csv = StoreImport.writeFiles(input, TermRanking.standard(TermOptions.defaults()),
                LoaderOptions.defaults().withProgress(false), directory);
        double csvSeconds = (System.nanoTime() - started) / 1e9;
        var figures = AdminImport.run(work.resolve("home"), csv, maxOffHeapMemory);
        return new Result(directory, csv, csvSeconds, figures);
    }
}
