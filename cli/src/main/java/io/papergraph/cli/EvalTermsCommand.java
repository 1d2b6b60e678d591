package io.papergraph.cli;

import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.terms.GoldEvaluation;
import io.papergraph.extractor.terms.TermExtractor;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.extractor.terms.TermScorer;
import io.papergraph.extractor.terms.TermScorer.Match;
import io.papergraph.extractor.terms.TermScorer.Prf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph eval-terms GOLD.jsonl --out PRED.jsonl}: term extraction measured against gold terms. */
@Command(
        name = "eval-terms",
        mixinStandardHelpOptions = true,
        description = {
            "Runs term extraction over a gold file ({\"id\",\"title\",\"abstract\",\"terms\"} per line), writes ranked",
            "predictions ({\"id\",\"terms\"} per document) and prints precision, recall and F1 at 5, 10 and all",
            "(macro averages; exact and stemmed matching, the rules of the gold-term scorer score.py)."
        },
        footer = {
            "",
            "With --corpus, PRED also gets one line {\"id\":\"__corpus__\",\"terms\":[...]}: the corpus-level list,",
            "terms of at least --min-df documents first, and the command prints P@50..500, R@all and average",
            "precision against the gold terms annotated in at least --min-df documents.",
            "",
            "Exit codes: 0 done, 1 error (unreadable or malformed gold file), 2 bad usage."
        })
final class EvalTermsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOLD.jsonl", description = "Gold file: one {\"id\",\"title\",\"abstract\",\"terms\"} per line.")
    Path gold;

    @Option(names = "--out", paramLabel = "PRED.jsonl", required = true, description = "Where to write the predictions.")
    Path out;

    @Option(names = "--corpus", description = "Also write and score one corpus-level ranked list.")
    boolean corpus;

    @Option(names = "--min-df", paramLabel = "N", defaultValue = "2",
            description = "Recurring means in at least N documents (default: ${DEFAULT-VALUE}).")
    int minDf;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() {
        if (minDf < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-df must be at least 1");
        }
        var options = TermOptions.defaults().withMinDf(minDf);
        if (threads != null) {
            if (threads < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
            }
            options = options.withThreads(threads);
        }
        var docs = GoldEvaluation.read(gold);
        var predictions = GoldEvaluation.predict(TermExtractor.create(options), docs, options);
        var lines = new ArrayList<Map<String, Object>>();
        predictions.documents().forEach((id, terms) -> lines.add(line(id, terms)));
        if (corpus) {
            lines.add(line("__corpus__", predictions.corpus()));
        }
        JsonLines.write(out, lines);

        var goldTerms = GoldEvaluation.goldTerms(docs);
        var o = spec.commandLine().getOut();
        var exact = TermScorer.documents(goldTerms, predictions.documents(), Match.EXACT);
        var stem = TermScorer.documents(goldTerms, predictions.documents(), Match.STEM);
        o.printf("documents scored: %d   predictions written to %s%n", exact.documents(), out);
        o.printf("%-6s %-6s %4s %7s %7s %7s%n", "match", "avg", "k", "P", "R", "F1");
        for (var e : Map.of("exact", exact, "stem", stem).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            var s = e.getValue();
            row(o, e.getKey(), "5", s.at5());
            row(o, e.getKey(), "10", s.at10());
            row(o, e.getKey(), "all", s.all());
        }
        if (corpus) {
            for (var match : Match.values()) {
                var c = TermScorer.corpus(goldTerms, predictions.corpus(), minDf, match);
                var sb = new StringBuilder();
                c.precisionAt().forEach((k, p) -> sb.append(String.format("  P@%d=%.2f", k, p * 100)));
                o.printf("[%s] gold terms=%d predictions=%d %s  R@all=%.2f  AvP=%.2f%n", match.name().toLowerCase(),
                        c.goldTerms(), c.predictions(), sb.toString().strip(), c.recall() * 100, c.averagePrecision() * 100);
            }
        }
        o.flush();
        return 0;
    }

    private static Map<String, Object> line(String id, List<String> terms) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", id);
        m.put("terms", terms);
        return m;
    }

    private static void row(java.io.PrintWriter o, String match, String k, Prf prf) {
        o.printf("%-6s %-6s %4s %7.2f %7.2f %7.2f%n", match, "macro", k, prf.precision() * 100, prf.recall() * 100,
                prf.f1() * 100);
    }
}
