package io.papergraph.cli;

import io.papergraph.extractor.JsonLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs one papergraph command in a JVM of its own and writes what it took to a JSON file, so that
 * {@code bench run} measures the peak memory of {@code papergraph build} alone:
 * {@code java -cp ... io.papergraph.cli.MeasuredRun FIGURES.json build ...}.
 */
final class MeasuredRun {

    /**
     * What the command took, measured inside its JVM.
     *
     * @param exitCode          the command's exit code
     * @param seconds           run time of the command (without JVM start-up)
     * @param heapPeakBytes     peak heap use
     * @param residentPeakBytes peak resident memory of the process ({@code VmHWM}), -1 if unknown
     */
    record Figures(int exitCode, double seconds, long heapPeakBytes, long residentPeakBytes) {
    }

    private MeasuredRun() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: MeasuredRun FIGURES.json COMMAND [ARGS...]");
            System.exit(2);
        }
        int exit;
        Figures figures;
        try (var memory = PeakMemory.watch()) {
            long started = System.nanoTime();
            exit = PapergraphCommand.commandLine().execute(Arrays.copyOfRange(args, 1, args.length));
            double seconds = (System.nanoTime() - started) / 1e9;
            figures = new Figures(exit, seconds, memory.heapPeakBytes(), PeakMemory.residentPeakBytes());
        }
        JsonLines.mapper().writeValue(Path.of(args[0]).toFile(), figures);
        System.exit(exit);
    }
}
