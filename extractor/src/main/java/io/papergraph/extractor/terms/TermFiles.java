package io.papergraph.extractor.terms;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.JsonLines;
import io.papergraph.extractor.model.Paper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The term step of {@code extract}: analyses the papers, ranks them and writes {@code paper-terms.jsonl},
 * {@code terms.jsonl} and {@code mentions.jsonl}. Writing is not left to run after the rest on one thread:
 * {@code paper-terms.jsonl} is written while ranking runs, and the two ranked files beside each other.
 */
public final class TermFiles {

    public static final String PAPER_TERMS = "paper-terms.jsonl";
    public static final String TERMS = "terms.jsonl";
    public static final String MENTIONS = "mentions.jsonl";

    private TermFiles() {
    }

    /** Analyses, ranks and writes into {@code directory}; returns the ranking. */
    public static TermIndex write(TermExtractor extractor, TermOptions options, List<Paper> papers, Path directory) {
        var analyses = extractor.analyzeAll(papers);
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            var t = new Thread(r, "papergraph-term-files");
            t.setDaemon(true);
            return t;
        });
        try {
            var paperTerms = CompletableFuture.runAsync(() -> JsonLines.write(directory.resolve(PAPER_TERMS), analyses), writer);
            var index = TermIndex.build(analyses, options);
            var terms = CompletableFuture.runAsync(() -> JsonLines.write(directory.resolve(TERMS), index.terms()), writer);
            JsonLines.write(directory.resolve(MENTIONS), index.mentions());
            join(paperTerms);
            join(terms);
            return index;
        } finally {
            writer.shutdown();
        }
    }

    private static void join(CompletableFuture<Void> write) {
        try {
            write.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new PapergraphException("writing the term files failed: " + e.getCause(), e.getCause());
        }
    }
}
