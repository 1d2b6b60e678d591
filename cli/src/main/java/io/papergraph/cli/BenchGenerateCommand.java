package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.bench.synthetic.GeneratorSettings;
import io.papergraph.bench.synthetic.SourceMaterial;
import io.papergraph.bench.synthetic.SyntheticCorpusGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code papergraph bench generate}: writes a synthetic corpus of daily digests in all four formats. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic corpus of daily digests in the four digest formats.",
            "The text is recombined from the sample corpus. Output: DIR/digests/DATE-FORMAT.txt (one file per "
                    + "format and weekday) and DIR/manifest.json (counts to check a parse against: files, entries, distinct papers, re-listings, malformed "
                    + "entries with file and line).",
            "The same options give the same bytes."
        })
final class BenchGenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--papers", required = true, paramLabel = "N",
            description = "Distinct papers to generate (a year of a busy feed is about 100000).")
    long papers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output directory; its digests/ folder must be empty or absent.")
    Path output;

    @Option(names = "--papers-per-day", defaultValue = "" + GeneratorSettings.DEFAULT_PAPERS_PER_DAY, paramLabel = "K",
            description = "New papers per weekday on average, ±20%% (default: ${DEFAULT-VALUE}, at most "
                    + GeneratorSettings.MAX_PAPERS_PER_DAY + ").")
    int papersPerDay;

    @Option(names = "--first-day", defaultValue = "2025-01-06", paramLabel = "DATE",
            description = "Date of the first digest, YYYY-MM-DD; weekends are skipped (default: ${DEFAULT-VALUE}).")
    LocalDate firstDay;

    @Option(names = "--source", paramLabel = "DIR",
            description = "Take the source material from the digests in DIR instead of the sample corpus built "
                    + "into Papergraph (a copy of data/digests).")
    Path source;

    @Override
    public Integer call() {
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(papers, seed, papersPerDay, firstDay);
        } catch (PapergraphException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        var material = source == null ? SourceMaterial.fromSampleCorpus() : SourceMaterial.fromDirectory(source);
        long started = System.nanoTime();
        var manifest = new SyntheticCorpusGenerator(material).generate(settings, output);
        double seconds = (System.nanoTime() - started) / 1e9;
        var out = spec.commandLine().getOut();
        out.printf("Wrote %d digests (%s to %s, %d days) to %s%n", manifest.files(), manifest.firstDay(),
                manifest.lastDay(), manifest.days(), output.resolve(manifest.digestDirectory()));
        out.printf("entries %d: distinct papers %d, re-listed on a later day %d, twice in one file %d, malformed %d%n",
                manifest.entries(), manifest.distinctPapers(), manifest.relistedAcrossDays(),
                manifest.relistedSameFile(), manifest.malformedEntries());
        out.printf("authors %d (%d positions), terms %d of a vocabulary of %d; seed %d%n", manifest.distinctAuthors(),
                manifest.authorPositions(), manifest.distinctTerms(), manifest.termVocabulary(), manifest.seed());
        out.printf("manifest %s; %.1f s (%.0f papers/s)%n", output.resolve("manifest.json"), seconds,
                manifest.distinctPapers() / Math.max(seconds, 1e-9));
        return 0;
    }
}
