package io.papergraph.cli;

import io.papergraph.bench.TermBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph bench terms PATH...}: the cost of term extraction beyond CoreNLP. */
@Command(
        name = "terms",
        mixinStandardHelpOptions = true,
        description = {
            "Times the whole extract with terms (read digests, analyse, rank, write JSON Lines) against a bare CoreNLP",
            "tokenize/ssplit/pos/lemma run over the same English texts on the same threads, and prints both",
            "throughputs in tokens per second and their ratio (target: at least 0.90).",
            "Each run is warmed up once; then both run --rounds times, alternating which goes first, so that load",
            "changes on a shared machine hit both alike. The best rounds count; the medians are printed too."
        })
final class BenchTermsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Digest files or directories of digests.")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for both runs (default: one per core).")
    Integer threads;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--threads and --rounds must be at least 1");
        }
        var r = TermBenchmark.run(inputs, n, rounds);
        var o = spec.commandLine().getOut();
        o.printf("papers: %d   tokens: %d   threads: %d   rounds: %d%n", r.papers(), r.tokens(), r.threads(), rounds);
        o.printf("bare CoreNLP (tokenize,ssplit,pos,lemma): %8.2f s  %9.0f tokens/s%n", r.bareSeconds(), r.bareTokensPerSecond());
        o.printf("extract with terms:                       %8.2f s  %9.0f tokens/s%n", r.extractSeconds(), r.extractTokensPerSecond());
        o.printf("ratio: %.3f (extract throughput / bare CoreNLP throughput, best rounds)%n", r.ratio());
        o.printf("median rounds: bare %.2f s, extract %.2f s, ratio %.3f%n", r.bareMedianSeconds(),
                r.extractMedianSeconds(), r.medianRatio());
        o.flush();
        return 0;
    }
}
