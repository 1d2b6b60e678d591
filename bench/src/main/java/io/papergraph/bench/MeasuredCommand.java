package io.papergraph.bench;

import io.papergraph.extractor.JsonLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntSupplier;

/**
 * Runs one papergraph command and writes what it took to a JSON file; {@code bench run} starts it in a JVM of its own
 * so that the peak memory is that of {@code papergraph build} alone.
 */
public final class MeasuredCommand {

    /**
     * What the command took, measured inside its JVM.
     *
     * @param exitCode          the command's exit code
     * @param seconds           run time of the command (without JVM start-up)
     * @param heapPeakBytes     peak heap use
     * @param residentPeakBytes peak resident memory of the process ({@code VmHWM}), -1 if unknown
     */
    public record Figures(int exitCode, double seconds, long heapPeakBytes, long residentPeakBytes) {
    }

    private MeasuredCommand() {
    }

    /** Runs the command, writes its figures to {@code figuresFile} and returns its exit code. */
    public static int run(Path figuresFile, IntSupplier command) throws IOException {
        Figures figures;
        try (var memory = PeakMemory.watch()) {
            long started = System.nanoTime();
            int exit = command.getAsInt();
            double seconds = (System.nanoTime() - started) / 1e9;
            figures = new Figures(exit, seconds, memory.heapPeakBytes(), PeakMemory.residentPeakBytes());
        }
        JsonLines.mapper().writeValue(figuresFile.toFile(), figures);
        return figures.exitCode();
    }
}
