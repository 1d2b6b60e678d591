package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.DigestCorpus;
import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.model.Problem;
import io.papergraph.extractor.terms.TermExtractor;
import io.papergraph.extractor.terms.TermFiles;
import io.papergraph.extractor.terms.TermOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code papergraph extract PATH... -o DIR}: reads digests, writes the papers, the digests read and the
 * problems met as JSON Lines, and prints a summary. Each output is one step of {@link #call}, so further
 * outputs can be added as further steps.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Reads arXiv digests (files, or directories searched recursively) and writes one line per distinct paper.",
            "The format of each file is detected from its content. Bad entries are reported with file:line and skipped;",
            "the rest still goes through."
        },
        footer = {
            "",
            "Writes into DIR:",
            "  papers.jsonl    one paper per arXiv id, with every listing",
            "  digests.jsonl   one line per digest read: file, date, format, SHA-256, entries, papers",
            "  problems.jsonl  one line per problem: file, line, severity, expected, found, entryDropped",
            "  terms.jsonl     recurring technical terms: key, name, aliases, acronym, namesZh, df, score",
            "  mentions.jsonl  paper-term mentions: arxivId, termKey, count, inTitle, weight, forms",
            "  paper-terms.jsonl  per-paper analyses (candidates, acronyms, Chinese names) for later re-ranking",
            "(the term files are left out with --no-terms; see docs/terms.md)",
            "",
            "Exit codes: 0 done (problems are reported but allowed), 1 error (including no digest found in the",
            "inputs; nothing is written then), 2 bad usage (including a PATH that does not exist),",
            "3 problems found with --strict (the output is written all the same)."
        })
final class ExtractCommand implements Callable<Integer> {

    static final int EXIT_PROBLEMS = 3;
    private static final int PROBLEMS_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Digest files or directories of digests.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Directory for the output files; created if missing, files in it replaced.")
    Path output;

    @Option(names = "--strict", description = "Exit with code 3 when any problem (error or warning) was found.")
    boolean strict;

    @Option(names = "--no-terms", description = "Skip term extraction (terms.jsonl, mentions.jsonl, paper-terms.jsonl).")
    boolean noTerms;

    @Option(names = "--min-df", paramLabel = "N", defaultValue = "2",
            description = "A term is recurring when at least N papers mention it (default: ${DEFAULT-VALUE}).")
    int minDf;

    @Option(names = "--threads", paramLabel = "N", description = "Term analysis threads (default: one per core).")
    Integer threads;

    @Option(names = "--thesaurus", paramLabel = "FILE", description = ThesaurusFile.DESCRIPTION)
    Path thesaurus;

    @Override
    public Integer call() {
        var options = termOptions();
        DigestInputs.requireExisting(inputs);
        var extractor = noTerms ? null : TermExtractor.create(options);
        var corpus = new DigestCorpusReader().read(inputs);
        corpus.requireDigests("nothing written");
        createOutputDirectory();
        JsonLines.write(output.resolve("papers.jsonl"), corpus.papers());
        JsonLines.write(output.resolve("digests.jsonl"), corpus.digests());
        JsonLines.write(output.resolve("problems.jsonl"), corpus.problems());
        printSummary(corpus);
        if (extractor != null) {
            writeTerms(extractor, options, corpus);
        }
        return strict && !corpus.problems().isEmpty() ? EXIT_PROBLEMS : 0;
    }

    private TermOptions termOptions() {
        if (minDf < 1) {
            throw new ParameterException(spec.commandLine(), "--min-df must be at least 1");
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        var options = TermOptions.defaults().withMinDf(minDf).withThesaurus(ThesaurusFile.read(thesaurus, spec.commandLine().getErr()));
        return threads == null ? options : options.withThreads(threads);
    }

    private void writeTerms(TermExtractor extractor, TermOptions options, DigestCorpus corpus) {
        var index = TermFiles.write(extractor, options, corpus.papers(), output);
        var out = spec.commandLine().getOut();
        out.printf("Terms: %d recurring terms (in at least %d papers), %d mentions. Wrote %s, %s, %s.%n",
                index.terms().size(), options.minDf(), index.mentions().size(), output.resolve(TermFiles.TERMS),
                output.resolve(TermFiles.MENTIONS), output.resolve(TermFiles.PAPER_TERMS));
        out.flush();
    }

    private void createOutputDirectory() {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new PapergraphException("cannot create the output directory " + output + ": " + e.getMessage(), e);
        }
    }

    private void printSummary(DigestCorpus corpus) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var problems = corpus.problems();
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        out.printf("Read %d file(s), %d digest(s): %d entries, %d distinct papers, %d distinct authors (%d author positions).%n",
                corpus.files(), corpus.digests().size(), corpus.entries(), corpus.papers().size(),
                corpus.distinctAuthors(), corpus.authorPositions());
        out.printf("Problems: %d (%d errors, %d warnings; %d entries left out).%n",
                problems.size(), errors, problems.size() - errors, corpus.entriesDropped());
        out.printf("Wrote %s, %s, %s.%n", output.resolve("papers.jsonl"), output.resolve("digests.jsonl"),
                output.resolve("problems.jsonl"));
        out.flush();
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> err.println(p.describe()));
        if (problems.size() > PROBLEMS_SHOWN) {
            err.printf("... and %d more problems in %s%n", problems.size() - PROBLEMS_SHOWN, output.resolve("problems.jsonl"));
        }
        err.flush();
    }
}
