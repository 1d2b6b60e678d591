package io.papergraph.extractor.terms;

/**
 * Settings of term extraction and ranking.
 *
 * @param minDf    a term is recurring when at least this many papers mention it
 * @param threads  worker threads for the CoreNLP analysis (1 or more)
 * @param maxWords longest candidate, in words (a hyphenated compound counts as one word)
 */
public record TermOptions(int minDf, int threads, int maxWords) {

    public static final int DEFAULT_MIN_DF = 2;
    public static final int DEFAULT_MAX_WORDS = 5;

    public TermOptions {
        if (minDf < 1) {
            throw new IllegalArgumentException("minDf must be at least 1, was " + minDf);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be at least 1, was " + maxWords);
        }
    }

    /** Recurring from 2 papers, one thread per core, candidates of up to 5 words. */
    public static TermOptions defaults() {
        return new TermOptions(DEFAULT_MIN_DF, Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_WORDS);
    }

    public TermOptions withMinDf(int value) {
        return new TermOptions(value, threads, maxWords);
    }

    public TermOptions withThreads(int value) {
        return new TermOptions(minDf, value, maxWords);
    }
}
