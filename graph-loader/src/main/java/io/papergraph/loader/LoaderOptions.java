package io.papergraph.loader;

/**
 * How the loader writes.
 *
 * @param batchSize             rows per {@code UNWIND $rows} transaction
 * @param progress              whether to draw a progress bar (on stderr) for long loads
 * @param minCoOccurrence       least number of papers two terms must share to get a {@code CO_OCCURS} relationship
 * @param coOccurrencePartners  strongest {@code CO_OCCURS} partners kept per term, or {@link CoOccurrence#ALL_PARTNERS}
 * @param writerThreads         write transactions run at once within one step (the rows of a step never write the same record)
 */
public record LoaderOptions(int batchSize, boolean progress, int minCoOccurrence, int coOccurrencePartners, int writerThreads) {

    public static final int DEFAULT_BATCH_SIZE = 2_000;
    public static final int DEFAULT_MIN_CO_OCCURRENCE = 2;
    public static final int DEFAULT_CO_OCCURRENCE_PARTNERS = 20;

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
    }

    public static LoaderOptions defaults() {
        return new LoaderOptions(DEFAULT_BATCH_SIZE, false, DEFAULT_MIN_CO_OCCURRENCE, DEFAULT_CO_OCCURRENCE_PARTNERS, 1);
    }

    public LoaderOptions withBatchSize(int size) {
        return new LoaderOptions(size, progress, minCoOccurrence, coOccurrencePartners, writerThreads);
    }

    public LoaderOptions withProgress(boolean on) {
        return new LoaderOptions(batchSize, on, minCoOccurrence, coOccurrencePartners, writerThreads);
    }

    public LoaderOptions withCoOccurrencePartners(int partners) {
        return new LoaderOptions(batchSize, progress, minCoOccurrence, partners, writerThreads);
    }

    public LoaderOptions withWriterThreads(int threads) {
        return new LoaderOptions(batchSize, progress, minCoOccurrence, coOccurrencePartners, threads);
    }
}
