package io.papergraph.build;

import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.map.MapOptions;
import io.papergraph.topics.ClusterOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link GraphBuild} runs: what {@code build} and {@code load} take from their options and {@code bench run}
 * sets itself, in one value, so that the service knows nothing of the command line.
 *
 * @param terms        the term options of the analysis and of the ranking (recomputed over the whole graph)
 * @param loader       how the loader writes; its ranking state folder is chosen per target (see {@link #loaderOptions})
 * @param rankingState where the ranking state is kept between loads
 * @param bulkImport   when a new embedded store is built by neo4j-admin import instead of write transactions
 * @param timings      whether each step of a load is printed after its summary
 * @param clustering   the options of the topic clusters
 * @param clusterStep  whether the build clusters (in the import of a new store, or after the load); false for
 *                     {@code --no-cluster}, and for a run that clusters when it chooses ({@link GraphBuild#recluster})
 * @param map          the topic map a build writes after its clusters, if any
 */
public record BuildOptions(TermOptions terms, LoaderOptions loader, RankingState rankingState, BulkImport bulkImport,
        boolean timings, ClusterOptions clustering, boolean clusterStep, Optional<MapOutput> map) {

    public BuildOptions {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(rankingState, "rankingState");
        Objects.requireNonNull(bulkImport, "bulkImport");
        Objects.requireNonNull(clustering, "clustering");
        Objects.requireNonNull(map, "map");
    }

    /** When a new embedded store is built by neo4j-admin import instead of write transactions. */
    public enum BulkImport {
        /** When the load has at least {@link StoreImport#AUTO_MIN_PAPERS} papers: below that, its start-up costs more than it saves. */
        AUTO,
        ALWAYS,
        NEVER
    }

    /**
     * Where the term ranking keeps its state between loads: in {@code folder}, or, when empty, the target's own folder
     * (in the store of the embedded Neo4j, or per server and database); nowhere when {@code kept} is false.
     */
    public record RankingState(boolean kept, Optional<Path> folder) {

        public static final RankingState DEFAULT = new RankingState(true, Optional.empty());

        public RankingState {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /** The topic map to write: its options and the folder of its files. */
    public record MapOutput(MapOptions options, Path dir) {

        public MapOutput {
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(dir, "dir");
        }
    }

    /** The loader options for a load into the embedded store in {@code home}, by import or otherwise. */
    public LoaderOptions loaderOptions(Path home) {
        return withRankingState(LoaderOptions.embeddedRankingState(home));
    }

    /** The loader options for a load into the target. */
    public LoaderOptions loaderOptions(GraphTarget target) {
        return withRankingState(target.storeHome() != null
                ? LoaderOptions.embeddedRankingState(target.storeHome())
                : LoaderOptions.serverRankingState(target.connection().uri(), target.connection().database()));
    }

    private LoaderOptions withRankingState(Path defaultFolder) {
        return loader.withRankingState(rankingState.kept() ? Optional.of(rankingState.folder().orElse(defaultFolder)) : Optional.empty());
    }
}
