package io.papergraph.loader;

/**
 * How the loader writes.
 *
 * @param batchSize             rows per {@code UNWIND $rows} transaction
 * @param progress              whether to draw a progress bar (on stderr) for long loads
 * @param minCoOccurrence       least number of papers two terms must share to get a {@code CO_OCCURS} relationship
 * @param coOccurrencePartners  strongest {@code CO_OCCURS} partners kept per term, or {@link CoOccurrence#ALL_PARTNERS}
 * @param writerThreads         write transactions run at once within one step (the rows of a step never write the same record)
 * @param rankingState          the folder that keeps the term ranking's state between loads of this graph (see
 *                              {@link RankingStateStore}), or empty to rank every paper again on every load
 */
public record LoaderOptions(int batchSize, boolean progress, int minCoOccurrence, int coOccurrencePartners, int writerThreads,
        java.util.Optional<java.nio.file.Path> rankingState) {

    public static final int DEFAULT_BATCH_SIZE = 10_000;
    public static final int DEFAULT_MIN_CO_OCCURRENCE = 2;
    public static final int DEFAULT_CO_OCCURRENCE_PARTNERS = 20;
    /** The folder, inside an embedded store's folder, that keeps its ranking state. */
    public static final String EMBEDDED_RANKING_STATE = RankingStateStore.EMBEDDED_FOLDER;

    public LoaderOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (minCoOccurrence < 1) {
            throw new IllegalArgumentException("minimum co-occurrence must be at least 1, was " + minCoOccurrence);
        }
        if (coOccurrencePartners < 0) {
            throw new IllegalArgumentException("co-occurrence partners must be at least 0, was " + coOccurrencePartners);
        }
        if (writerThreads < 1) {
            throw new IllegalArgumentException("writer threads must be at least 1, was " + writerThreads);
        }
        java.util.Objects.requireNonNull(rankingState, "rankingState");
    }

    public static LoaderOptions defaults() {
        return new LoaderOptions(DEFAULT_BATCH_SIZE, false, DEFAULT_MIN_CO_OCCURRENCE, DEFAULT_CO_OCCURRENCE_PARTNERS, 1, java.util.Optional.empty());
    }

    public LoaderOptions withBatchSize(int size) {
        return new LoaderOptions(size, progress, minCoOccurrence, coOccurrencePartners, writerThreads, rankingState);
    }

    public LoaderOptions withProgress(boolean on) {
        return new LoaderOptions(batchSize, on, minCoOccurrence, coOccurrencePartners, writerThreads, rankingState);
    }

    public LoaderOptions withCoOccurrencePartners(int partners) {
        return new LoaderOptions(batchSize, progress, minCoOccurrence, partners, writerThreads, rankingState);
    }

    public LoaderOptions withWriterThreads(int threads) {
        return new LoaderOptions(batchSize, progress, minCoOccurrence, coOccurrencePartners, threads, rankingState);
    }

    /** Keeps the term ranking's state in the given folder between loads (none: every load ranks every paper). */
    public LoaderOptions withRankingState(java.util.Optional<java.nio.file.Path> folder) {
        return new LoaderOptions(batchSize, progress, minCoOccurrence, coOccurrencePartners, writerThreads, folder);
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
