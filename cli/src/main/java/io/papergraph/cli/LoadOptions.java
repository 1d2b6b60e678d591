package io.papergraph.cli;

import io.papergraph.build.BuildOptions;
import io.papergraph.extractor.terms.corpus.CoOccurrenceOptions;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.topics.ClusterOptions;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How the loader writes: options shared by {@code load} and {@code build}, made into their {@link BuildOptions}. */
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

    @Option(names = "--bulk-import", paramLabel = "WHEN", defaultValue = "auto",
            description = "Build a new embedded store (a --db-dir without a database) with neo4j-admin import instead of"
                + " Bolt write transactions: auto (when the load has at least " + StoreImport.AUTO_MIN_PAPERS + " papers),"
                + " always or never (default: ${DEFAULT-VALUE}). Any other store, and any server, is written through Bolt.")
    BuildOptions.BulkImport bulkImport;

    @Option(names = "--min-co-occurrence", paramLabel = "PAPERS", defaultValue = "2",
            description = "Least number of papers two terms must share to be linked by CO_OCCURS (default: ${DEFAULT-VALUE}).")
    int minCoOccurrence;

    @Option(names = "--co-occurrence-partners", paramLabel = "N", defaultValue = "" + CoOccurrenceOptions.DEFAULT_PARTNERS,
            description = "CO_OCCURS keeps each term's N strongest partners (by strength); a pair stays when either term keeps the other; 0 keeps every pair (default: ${DEFAULT-VALUE}).")
    int coOccurrencePartners;

    @Option(names = "--ranking-state", paramLabel = "DIR",
            description = {"Folder that keeps the term ranking's state between loads, so that a load ranks again only what it"
                + " changes (default: DB-DIR/" + LoaderOptions.EMBEDDED_RANKING_STATE + " for the embedded Neo4j,"
                + " ~/.cache/papergraph/ranking-state/<hash of URI and database> for a server)."})
    java.nio.file.Path rankingState;

    @Option(names = "--no-ranking-state", negatable = false,
            description = "Keep no ranking state: every load ranks the terms of every paper in the graph again.")
    boolean noRankingState;

    @Option(names = "--min-df", paramLabel = "N", defaultValue = "2",
            description = "A term is kept when at least N papers of the graph mention it (default: ${DEFAULT-VALUE}).")
    int minDf;

    @Option(names = "--thesaurus", paramLabel = "FILE", description = ThesaurusFile.DESCRIPTION
            + " A load with another thesaurus than the graph's last one loads every digest again.")
    java.nio.file.Path thesaurus;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** The term options of the analysis and of the ranking (recomputed over the whole graph on every load). */
    private io.papergraph.extractor.terms.TermOptions termOptions() {
        if (minDf < 1) {
            throw new io.papergraph.PapergraphException("--min-df must be at least 1, was " + minDf);
        }
        return io.papergraph.extractor.terms.TermOptions.defaults().withMinDf(minDf)
                .withThesaurus(ThesaurusFile.read(thesaurus, mixee.commandLine().getErr()));
    }

    /**
     * The options of a build or load with these load options: the clustering as given (its step left out with
     * {@code clusterStep} false), and the topic map to write after it, if any.
     */
    BuildOptions toBuildOptions(ClusterOptions clustering, boolean clusterStep, Optional<BuildOptions.MapOutput> map) {
        var state = new BuildOptions.RankingState(!noRankingState, Optional.ofNullable(rankingState));
        return new BuildOptions(termOptions(), basicLoaderOptions(), state, bulkImport, timings, clustering, clusterStep, map);
    }

    private LoaderOptions basicLoaderOptions() {
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
        return new LoaderOptions(batchSize, !noProgress, new CoOccurrenceOptions(minCoOccurrence, coOccurrencePartners), writers, Optional.empty());
    }
}
