package io.papergraph.extractor.terms;

import io.papergraph.Sha256;
import java.util.Objects;

/**
 * Settings of term extraction and ranking.
 *
 * @param minDf     a term is recurring when at least this many papers mention it
 * @param threads   worker threads for the CoreNLP analysis (1 or more)
 * @param maxWords  longest candidate, in words (a hyphenated compound counts as one word)
 * @param thesaurus the user's merges and drops of terms, applied at ranking time
 */
public record TermOptions(int minDf, int threads, int maxWords, Thesaurus thesaurus) {

    public static final int DEFAULT_MIN_DF = 2;
    public static final int DEFAULT_MAX_WORDS = 5;

    /**
     * The version of the analysis and the ranking: a graph loaded by another version has its digests loaded again,
     * so that every paper is analysed and ranked as this version does it. Raise it whenever either changes what
     * they give for the same papers.
     */
    static final int RANKING_VERSION = 5;

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
        Objects.requireNonNull(thesaurus, "thesaurus");
    }

    /** Recurring from 2 papers, one thread per core, candidates of up to 5 words, no thesaurus. */
    public static TermOptions defaults() {
        return new TermOptions(DEFAULT_MIN_DF, Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_WORDS, Thesaurus.NONE);
    }

    public TermOptions withMinDf(int value) {
        return new TermOptions(value, threads, maxWords, thesaurus);
    }

    public TermOptions withThreads(int value) {
        return new TermOptions(minDf, value, maxWords, thesaurus);
    }

    public TermOptions withThesaurus(Thesaurus value) {
        return new TermOptions(minDf, threads, maxWords, value);
    }

    /**
     * What tells the terms of these options from those of others for the same papers: the version, the minimum
     * document frequency, the longest candidate and the thesaurus (the threads change nothing), hashed.
     */
    public String rankingFingerprint() {
        return Sha256.hex("papergraph ranking " + RANKING_VERSION + "\nmin-df " + minDf + "\nmax-words " + maxWords
                + "\nthesaurus " + thesaurus.fingerprint() + "\n").substring(0, 16);
    }
}
