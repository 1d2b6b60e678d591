package io.papergraph.cli;

import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.StoreImport;
import picocli.CommandLine.Option;

/** How the loader writes: options shared by {@code load} and {@code build}. */
final class LoadOptions {

    @Option(names = "--batch-size", paramLabel = "ROWS", defaultValue = "" + LoaderOptions.DEFAULT_BATCH_SIZE,
            description = "Rows per write transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--writers", paramLabel = "N", defaultValue = "1",
            description = "Write transactions run at once within each step of the load; more than one pays only on a server with cores to spare (default: ${DEFAULT-VALUE}).")
    int writers;

    @Option(names = "--no-progress", negatable = false, description = "Draw no progress bar (it is drawn on stderr for long loads).")
    boolean noProgress;

    @Option(names = "--timings", negatable = false,
            description = "After the summary, print each step of the load (write statement, read or term ranking) with its rows and time.")
    boolean timings;

    /** When a new embedded store is built by neo4j-admin import instead of write transactions. */
    enum BulkImport {
        /** When the load has at least {@link StoreImport#AUTO_MIN_PAPERS} papers: below that, its start-up costs more than it saves. */
        AUTO,
        ALWAYS,
        NEVER
    }

    @Option(names = "--bulk-import", paramLabel = "WHEN", defaultValue = "auto",
            description = "Build a new embedded store (a --db-dir without a database) with neo4j-admin import instead of"
                + " Bolt write transactions: auto (when the load has at least " + StoreImport.AUTO_MIN_PAPERS + " papers),"
                + " always or never (default: ${DEFAULT-VALUE}). Any other store, and any server, is written through Bolt.")
    BulkImport bulkImport;

    @Option(names = "--min-co-occurrence", paramLabel = "PAPERS", defaultValue = "2",
            description = "Least number of papers two terms must share to be linked by CO_OCCURS (default: ${DEFAULT-VALUE}).")
    int minCoOccurrence;

    @Option(names = "--co-occurrence-partners", paramLabel = "N", defaultValue = "" + LoaderOptions.DEFAULT_CO_OCCURRENCE_PARTNERS,
            description = "CO_OCCURS keeps each term's N strongest partners (by strength); a pair stays when either term keeps the other; 0 keeps every pair (default: ${DEFAULT-VALUE}).")
    int coOccurrencePartners;

    @Option(names = "--min-df", paramLabel = "N", defaultValue = "2",
            description = "A term is kept when at least N papers of the graph mention it (default: ${DEFAULT-VALUE}).")
    int minDf;

    /** The term options of the ranking (recomputed over the whole graph on every load). */
    io.papergraph.extractor.terms.TermOptions termOptions() {
        if (minDf < 1) {
            throw new io.papergraph.PapergraphException("--min-df must be at least 1, was " + minDf);
        }
        return io.papergraph.extractor.terms.TermOptions.defaults().withMinDf(minDf);
    }

    LoaderOptions loaderOptions() {
        if (batchSize < 1) {
            throw new io.papergraph.PapergraphException("--batch-size must be at least 1, was " + batchSize);
        }
        if (minCoOccurrence < 1) {
            throw new io.papergraph.PapergraphException("--min-co-occurrence must be at least 1, was " + minCoOccurrence);
        }
        if (coOccurrencePartners < 0) {
            throw new io.papergraph.PapergraphException("--co-occurrence-partners must be at least 0, was " + coOccurrencePartners);
        }
        if (writers < 1) {
            throw new io.papergraph.PapergraphException("--writers must be at least 1, was " + writers);
        }
        return new LoaderOptions(batchSize, !noProgress, minCoOccurrence, coOccurrencePartners, writers);
    }
}
