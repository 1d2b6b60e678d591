package io.papergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code papergraph bench}: benchmarks that print figures. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that print their figures.",
        subcommands = {BenchTermsCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
