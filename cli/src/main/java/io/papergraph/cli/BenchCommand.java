package io.papergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code papergraph bench}: the benchmark tools, one subcommand each. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark tools: synthetic corpora and measurements that print their figures.",
        subcommands = {
            BenchGenerateCommand.class,
            BenchTermsCommand.class,
            BenchImportCommand.class,
            BenchRunCommand.class,
            BenchReportsCommand.class,
        })
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
