package io.papergraph.loader;

import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.connection.Neo4jConnection;
import java.util.List;
import java.util.Set;

/**
 * Writes extracted digests, papers and terms into a Neo4j database, idempotently and incrementally:
 * loading the same input twice changes nothing, and loading day 2 after day 1 gives the graph that loading
 * both at once gives, term statistics and co-occurrences included.
 */
public sealed interface GraphLoader permits DefaultGraphLoader {

    /** A loader writing through the given connection. */
    static GraphLoader create(Neo4jConnection connection, TermRanking ranking, LoaderOptions options) {
        return new DefaultGraphLoader(connection, ranking, options);
    }

    /** Creates the constraints and indexes of the graph model that do not exist yet, and waits for them. */
    void applySchema();

    /**
     * The files of those digests that {@link #load} would write: not loaded yet, changed since (another content
     * hash), or left unfinished by an earlier load. A build analyses the terms of these digests' papers only.
     */
    Set<String> digestsToLoad(List<DigestInfo> digests);

    /**
     * Loads the input. Digests already loaded with the same content hash are skipped; changed ones (and ones
     * an earlier load did not finish) are reloaded cleanly; terms and co-occurrences are recomputed over the
     * whole graph and only their differences written.
     */
    default LoadReport load(LoadInput input) {
        return load(input, graph -> { });
    }

    /**
     * Loads the input as {@link #load(LoadInput)} does and, when it wrote terms, hands {@code loadedTerms} the graph's
     * terms, co-occurrences and mentions as they now are in the database (all of them, not the load's differences),
     * so that a clustering after the load need not read them back. Not called when no digest needed loading.
     */
    LoadReport load(LoadInput input, java.util.function.Consumer<TermGraph> loadedTerms);

    /**
     * Finishes a store built by {@link io.papergraph.loader.bulk.StoreImport} and opened by the server this loader writes to: sets what the
     * CSV files could not hold, creates the schema, and marks the imported digests loaded. Returns the report of
     * the whole import.
     */
    LoadReport completeImport(ImportedStore imported);
}
