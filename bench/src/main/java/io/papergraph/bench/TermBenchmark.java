package io.papergraph.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.papergraph.Futures;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.terms.CoreNlp;
import io.papergraph.extractor.terms.TermExtractor;
import io.papergraph.extractor.terms.TermFiles;
import io.papergraph.extractor.terms.TermOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures what term extraction costs beyond CoreNLP: the whole extract (read digests, analyse, rank, write
 * JSON Lines) against a bare tokenize/ssplit/pos/lemma run over the same English texts on the same threads.
 */
public final class TermBenchmark {

    /**
     * Figures of one benchmark: the best and the median round of both runs, tokens per second (of the best
     * rounds) and their ratio.
     */
    public record Result(int papers, long tokens, int threads, double bareSeconds, double extractSeconds,
            double bareMedianSeconds, double extractMedianSeconds) {

        public double bareTokensPerSecond() {
            return tokens / bareSeconds;
        }

        public double extractTokensPerSecond() {
            return tokens / extractSeconds;
        }

        public double barePapersPerSecond() {
            return papers / bareSeconds;
        }

        public double extractPapersPerSecond() {
            return papers / extractSeconds;
        }

        /** Throughput of the whole extract as a share of bare CoreNLP's (1.0 = no cost beyond CoreNLP). */
        public double ratio() {
            return bareSeconds / extractSeconds;
        }

        /** The same ratio from the median rounds. */
        public double medianRatio() {
            return bareMedianSeconds / extractMedianSeconds;
        }
    }

    /**
     * How to run a benchmark.
     *
     * @param threads      threads of both runs
     * @param rounds       timed rounds of each run
     * @param warmUpPapers papers both runs see once before timing starts; 0 for none, and a full warm-up run
     *                     of each when at least the corpus's papers
     * @param output       where the extract writes its files (those of {@code papergraph extract}); the last
     *                     round's stay there
     */
    public record Settings(int threads, int rounds, int warmUpPapers, Path output) {

        public Settings {
            if (threads < 1 || rounds < 1 || warmUpPapers < 0) {
                throw new PapergraphException("threads and rounds must be at least 1, warm-up papers at least 0");
            }
            Objects.requireNonNull(output, "output");
        }
    }

    private TermBenchmark() {
    }

    /**
     * Runs one full warm-up of each, then {@code rounds} rounds of both, alternating which goes first so that a
     * change of load on a shared machine hits both alike, writing into a temporary directory.
     */
    public static Result run(Collection<Path> inputs, int threads, int rounds) {
        Path out;
        try {
            out = Files.createTempDirectory("papergraph-bench-terms");
        } catch (IOException e) {
            throw new PapergraphException("cannot create a temporary directory: " + e.getMessage(), e);
        }
        return run(inputs, new Settings(threads, rounds, Integer.MAX_VALUE, out));
    }

    /** Warms up as the settings say, then runs alternating rounds and keeps the best time of each run. */
    public static Result run(Collection<Path> inputs, Settings settings) {
        int threads = settings.threads();
        var options = TermOptions.defaults().withThreads(threads);
        var extractor = TermExtractor.create(options);
        var papers = new DigestCorpusReader().read(inputs).papers();
        if (papers.isEmpty()) {
            throw new PapergraphException("no papers found in " + inputs);
        }
        var texts = new ArrayList<List<String>>();
        papers.forEach(p -> texts.add(extractor.englishTexts(p)));
        var bare = barePipeline();
        try {
            Files.createDirectories(settings.output());
        } catch (IOException e) {
            throw new PapergraphException("cannot create " + settings.output() + ": " + e.getMessage(), e);
        }
        if (settings.warmUpPapers() >= papers.size()) {
            bareRun(bare, texts, threads);
            extract(inputs, extractor, options, settings.output());
        } else if (settings.warmUpPapers() > 0) {
            bareRun(bare, texts.subList(0, settings.warmUpPapers()), threads);
            extractor.analyzeAll(papers.subList(0, settings.warmUpPapers()));
        }
        int rounds = settings.rounds();
        Path out = settings.output();
        var tokens = new long[1];
        var bareTimes = new double[rounds];
        var extractTimes = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                bareTimes[r] = seconds(() -> tokens[0] = bareRun(bare, texts, threads));
                extractTimes[r] = seconds(() -> extract(inputs, extractor, options, out));
            } else {
                extractTimes[r] = seconds(() -> extract(inputs, extractor, options, out));
                bareTimes[r] = seconds(() -> tokens[0] = bareRun(bare, texts, threads));
            }
        }
        Arrays.sort(bareTimes);
        Arrays.sort(extractTimes);
        return new Result(papers.size(), tokens[0], threads, bareTimes[0], extractTimes[0], median(bareTimes),
                median(extractTimes));
    }

    private static double seconds(Runnable run) {
        long t0 = System.nanoTime();
        run.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static StanfordCoreNLP barePipeline() {
        return CoreNlp.pipeline();
    }

    /** Annotates every text, one paper per task; returns the number of tokens. */
    private static long bareRun(StanfordCoreNLP pipeline, List<List<String>> texts, int threads) {
        var tokens = new AtomicLong();
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<?>>();
            for (var paper : texts) {
                futures.add(pool.submit(() -> {
                    for (var text : paper) {
                        var doc = new CoreDocument(text);
                        pipeline.annotate(doc);
                        tokens.addAndGet(doc.tokens().size());
                    }
                }));
            }
            for (var f : futures) {
                Futures.await(f, "running the bare CoreNLP pass");
            }
        } finally {
            pool.shutdownNow();
        }
        return tokens.get();
    }

    /** What {@code papergraph extract} does: read, write the papers, analyse, rank, write the term files. */
    private static void extract(Collection<Path> inputs, TermExtractor extractor, TermOptions options, Path out) {
        var corpus = new DigestCorpusReader().read(inputs);
        JsonLines.write(out.resolve("papers.jsonl"), corpus.papers());
        JsonLines.write(out.resolve("digests.jsonl"), corpus.digests());
        JsonLines.write(out.resolve("problems.jsonl"), corpus.problems());
        TermFiles.write(extractor, options, corpus.papers(), out);
    }
}
