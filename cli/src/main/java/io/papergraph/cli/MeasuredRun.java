package io.papergraph.cli;

import io.papergraph.bench.MeasuredCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The JVM {@code bench run} times {@code papergraph build} in:
 * {@code java -cp ... io.papergraph.cli.MeasuredRun FIGURES.json build ...} runs the command and writes its
 * {@link MeasuredCommand.Figures}.
 */
final class MeasuredRun {

    private MeasuredRun() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: MeasuredRun FIGURES.json COMMAND [ARGS...]");
            System.exit(2);
        }
        var command = Arrays.copyOfRange(args, 1, args.length);
        System.exit(MeasuredCommand.run(Path.of(args[0]), () -> PapergraphCommand.commandLine().execute(command)));
    }
}
