package io.papergraph.loader;

import io.papergraph.extractor.terms.corpus.CoOccurrenceOptions;
import io.papergraph.loader.state.RankingStateStore;

/**
 * How the loader writes.
 *
 * @param batchSize             rows per {@code UNWIND $rows} transaction
 * @param progress              whether to draw a progress bar (on stderr) for long loads
 * @param coOccurrence          which pairs of terms get a {@code CO_OCCURS} relationship (a setting of the corpus
 *                              statistics, handed on to the extractor's count)
 * @param writerThreads         write transactions run at once within one step (the rows of a step never write the same record)
 * @param rankingState          the folder that keeps the term ranking's state between loads of this graph (see
 *                              {@link RankingStateStore}), or empty to rank every paper again on every load
 */
public record LoaderOptions(int batchSize, boolean progress, CoOccurrenceOptions coOccurrence, int writerThreads,
        java.util.Optional<java.nio.file.Path> rankingState) {

    public static final int DEFAULT_BATCH_SIZE = 10_000;
    /** The folder, inside an embedded store's folder, that keeps its ranking state. */
    public static final String EMBEDDED_RANKING_STATE = RankingStateStore.EMBEDDED_FOLDER;

    public LoaderOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        java.util.Objects.requireNonNull(coOccurrence, "coOccurrence");
        if (writerThreads < 1) {
            throw new IllegalArgumentException("writer threads must be at least 1, was " + writerThreads);
        }
        java.util.Objects.requireNonNull(rankingState, "rankingState");
    }

    public static LoaderOptions defaults() {
        return new LoaderOptions(DEFAULT_BATCH_SIZE, false, CoOccurrenceOptions.defaults(), 1, java.util.Optional.empty());
    }

    public LoaderOptions withBatchSize(int size) {
        return new LoaderOptions(size, progress, coOccurrence, writerThreads, rankingState);
    }

    public LoaderOptions withProgress(boolean on) {
        return new LoaderOptions(batchSize, on, coOccurrence, writerThreads, rankingState);
    }

    public LoaderOptions withWriterThreads(int threads) {
        return new LoaderOptions(batchSize, progress, coOccurrence, threads, rankingState);
    }

    /** Keeps the term ranking's state in the given folder between loads (none: every load ranks every paper). */
    public LoaderOptions withRankingState(java.util.Optional<java.nio.file.Path> folder) {
        return new LoaderOptions(batchSize, progress, coOccurrence, writerThreads, folder);
    }

    /** The state folder of the embedded store in {@code home}: inside it, so that it goes when the store goes. */
    public static java.nio.file.Path embeddedRankingState(java.nio.file.Path home) {
        return RankingStateStore.forEmbedded(home);
    }

    /** The state folder of a server given by address and database, under the user's cache folder. */
    public static java.nio.file.Path serverRankingState(String uri, String database) {
        return RankingStateStore.forServer(uri, database);
    }
}
