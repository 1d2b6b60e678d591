package io.papergraph.cli;

import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.terms.JudgedVocabulary;
import io.papergraph.extractor.terms.Term;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code papergraph eval-vocabulary TERMS.jsonl --labels LABELS.tsv}: a vocabulary against judged strings. */
@Command(
        name = "eval-vocabulary",
        mixinStandardHelpOptions = true,
        description = {
            "Measures a vocabulary (the terms.jsonl that extract writes) against strings judged by a rubric:",
            "T technical term, G generic, F fragment or noise. Prints, for the whole vocabulary and its top terms by",
            "papers, how many terms were judged and the shares of T, G and F among them (unjudged terms are counted",
            "apart), and the recall of the strings judged technical (found as a term's name or alias)."
        },
        footer = {
            "",
            "LABELS.tsv: key<TAB>name<TAB>df<TAB>label a line, label T, G or F; lines starting with # are comments.",
            "Strings match whatever their case; a term takes the label of its name, else of its key, else of an alias.",
            "Exit codes: 0 done, 1 error (unreadable or malformed file), 2 bad usage."
        })
final class EvalVocabularyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TERMS.jsonl", description = "The vocabulary: one term a line with name, key, aliases and df.")
    Path terms;

    @Option(names = "--labels", paramLabel = "LABELS.tsv", required = true, description = "The judged strings.")
    Path labels;

    @Option(names = "--top", paramLabel = "K,K...", split = ",", defaultValue = "50,100,200,500",
            description = "Also measure the top K terms by papers (default: ${DEFAULT-VALUE}).")
    List<Integer> tops;

    @Override
    public Integer call() {
        for (int k : tops) {
            if (k < 1) {
                throw new ParameterException(spec.commandLine(), "--top values must be at least 1, was " + k);
            }
        }
        var judged = JudgedVocabulary.read(labels);
        var vocabulary = new ArrayList<Term>(JsonLines.read(terms, Term.class));
        var out = spec.commandLine().getOut();
        judged.score(vocabulary, tops).describe().forEach(out::println);
        out.flush();
        return 0;
    }
}
