package io.papergraph.testing;

import io.papergraph.extractor.DigestCorpus;
import io.papergraph.extractor.terms.TermExtractor;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.LoadReport;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.SampleInput;
import io.papergraph.loader.connection.Neo4jConnection;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample corpus (data/digests) as the loader's tests read and analyse it, once per test JVM
 * ({@link SampleInput}), and loaded the way {@code papergraph load} loads it.
 */
public final class SampleCorpus {

    private SampleCorpus() {
    }

    public static DigestCorpus corpus() {
        return SampleInput.corpus();
    }

    /** The load input of the sample corpus: its digests, papers and term analyses. */
    public static LoadInput input() {
        return SampleInput.all();
    }

    /** Three of the five sample digests as load input ({@link SampleInput#part()}), for tests that load them several times. */
    public static LoadInput part() {
        return SampleInput.part();
    }

    /** The load input of any corpus, analysed with the default term options. */
    public static LoadInput analyse(DigestCorpus corpus) {
        var analyses = TermExtractor.create(TermOptions.defaults()).analyzeAll(corpus.papers());
        return new LoadInput(corpus.digests(), corpus.papers(), analyses);
    }

    /** Loads with the standard term ranking and the default options, like {@code papergraph load}. */
    public static LoadReport load(Neo4jConnection neo4j, LoadInput input) {
        return GraphLoader.create(neo4j, papers -> TermIndex.build(papers, TermOptions.defaults()), LoaderOptions.defaults())
                .load(input);
    }
}
