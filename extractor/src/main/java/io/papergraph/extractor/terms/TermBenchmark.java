package io.papergraph.extractor.terms;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.model.Paper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures what term extraction costs beyond CoreNLP: the whole extract (read digests, analyse, rank, write
 * JSON Lines) against a bare tokenize/ssplit/pos/lemma run over the same English texts on the same threads.
 */
public final class TermBenchmark {

    /** Figures of one benchmark: tokens per second of both runs (best round of each) and their ratio. */
    public record Result(int papers, long tokens, int threads, double bareSeconds, double extractSeconds) {

        public double bareTokensPerSecond() {
            return tokens / bareSeconds;
        }

        public double extractTokensPerSecond() {
            return tokens / extractSeconds;
        }

        /** Throughput of the whole extract as a share of bare CoreNLP's (1.0 = no cost beyond CoreNLP). */
        public double ratio() {
            return bareSeconds / extractSeconds;
        }
    }

    private TermBenchmark() {
    }

    /** Runs one warm-up of each, then {@code rounds} alternating rounds, and keeps the best time of each. */
    public static Result run(Collection<Path> inputs, int threads, int rounds) {
        var options = TermOptions.defaults().withThreads(threads);
        var extractor = TermExtractor.create(options);
        var papers = new DigestCorpusReader().read(inputs).papers();
        if (papers.isEmpty()) {
            throw new PapergraphException("no papers found in " + inputs);
        }
        var texts = new ArrayList<List<String>>();
        papers.forEach(p -> texts.add(extractor.englishTexts(p)));
        var bare = barePipeline();
        Path out;
        try {
            out = Files.createTempDirectory("papergraph-bench-terms");
        } catch (IOException e) {
            throw new PapergraphException("cannot create a temporary directory: " + e.getMessage(), e);
        }
        long tokens = bareRun(bare, texts, threads);
        extract(inputs, extractor, options, out);
        double bareBest = Double.MAX_VALUE;
        double extractBest = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            bareRun(bare, texts, threads);
            bareBest = Math.min(bareBest, (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            extract(inputs, extractor, options, out);
            extractBest = Math.min(extractBest, (System.nanoTime() - t0) / 1e9);
        }
        return new Result(papers.size(), tokens, threads, bareBest, extractBest);
    }

    private static StanfordCoreNLP barePipeline() {
        var props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.language", "en");
        props.setProperty("pos.model", DefaultTermExtractor.POS_MODEL);
        return new StanfordCoreNLP(props);
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
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PapergraphException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new PapergraphException("benchmark failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return tokens.get();
    }

    /** What {@code papergraph extract} does: read, analyse, rank, write. */
    private static void extract(Collection<Path> inputs, TermExtractor extractor, TermOptions options, Path out) {
        var corpus = new DigestCorpusReader().read(inputs);
        List<Paper> papers = corpus.papers();
        var analyses = extractor.analyzeAll(papers);
        var index = TermIndex.build(analyses, options);
        JsonLines.write(out.resolve("papers.jsonl"), papers);
        JsonLines.write(out.resolve("paper-terms.jsonl"), analyses);
        JsonLines.write(out.resolve("terms.jsonl"), index.terms());
        JsonLines.write(out.resolve("mentions.jsonl"), index.mentions());
    }
}
