package io.papergraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.bulk.StoreImport;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.topics.ClusterAlgorithm;
import io.papergraph.topics.ClusterEngine;
import io.papergraph.topics.ClusterOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphBuildTests {

    @TempDir
    Path dir;

    /** A destination that is never opened: an embedded store in {@code home}, or a server when it is null. */
    private static GraphDestination destination(Path home, boolean plugins) {
        return new GraphDestination() {
            @Override
            public GraphTarget open() {
                throw new AssertionError("not opened by these tests");
            }

            @Override
            public Optional<Path> embeddedStore() {
                return Optional.ofNullable(home);
            }

            @Override
            public void checkEmbeddedSettings() {
            }

            @Override
            public boolean pluginsGiven() {
                return plugins;
            }
        };
    }

    private static BuildOptions options(BuildOptions.BulkImport bulkImport, ClusterOptions clustering, boolean clusterStep) {
        return new BuildOptions(TermOptions.defaults(), LoaderOptions.defaults(), BuildOptions.RankingState.DEFAULT, bulkImport,
                false, clustering, clusterStep, Optional.empty());
    }

    private GraphBuild build(boolean plugins, ClusterOptions clustering, boolean clusterStep) {
        var out = new PrintWriter(new StringWriter());
        return new GraphBuild(destination(dir, plugins), options(BuildOptions.BulkImport.AUTO, clustering, clusterStep), out, out);
    }

    @Test
    void aNewStoreIsClusteredDuringItsImportWithTheInProcessEngine() {
        assertTrue(build(false, ClusterOptions.defaults(), true).clustersInImport(), "auto without plugins: in-process");
        assertTrue(build(true, ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS), true).clustersInImport());
        assertTrue(build(true, ClusterOptions.defaults().withAlgorithm(ClusterAlgorithm.LEIDEN_CPM), true).clustersInImport(),
                "auto with CPM never uses GDS");
    }

    @Test
    void theStepAfterTheLoadClustersWhenGdsMayBeWantedOrNothingWhenSkipped() {
        assertFalse(build(false, ClusterOptions.defaults().withEngine(ClusterEngine.GDS), true).clustersInImport());
        assertFalse(build(true, ClusterOptions.defaults(), true).clustersInImport(), "auto with modularity and plugins: the server may have GDS");
        assertFalse(build(false, ClusterOptions.defaults(), false).clustersInImport(), "--no-cluster");
    }

    @Test
    void onlyANewEmbeddedStoreIsImportedAndAutoWaitsForEnoughPapers() {
        var out = new PrintWriter(new StringWriter());
        var clustering = ClusterOptions.defaults();
        var auto = new GraphBuild(destination(dir, false), options(BuildOptions.BulkImport.AUTO, clustering, true), out, out);
        assertFalse(auto.importsNewStore(StoreImport.AUTO_MIN_PAPERS - 1));
        assertTrue(auto.importsNewStore(StoreImport.AUTO_MIN_PAPERS));
        var always = new GraphBuild(destination(dir, false), options(BuildOptions.BulkImport.ALWAYS, clustering, true), out, out);
        assertTrue(always.importsNewStore(1));
        var never = new GraphBuild(destination(dir, false), options(BuildOptions.BulkImport.NEVER, clustering, true), out, out);
        assertFalse(never.importsNewStore(StoreImport.AUTO_MIN_PAPERS));
        var server = new GraphBuild(destination(null, false), options(BuildOptions.BulkImport.ALWAYS, clustering, true), out, out);
        assertFalse(server.importsNewStore(StoreImport.AUTO_MIN_PAPERS));
    }

    @Test
    void theRankingStateGoesToTheFolderGivenTheStoreOrNowhere() {
        var store = dir.resolve("store");
        var byDefault = options(BuildOptions.BulkImport.AUTO, ClusterOptions.defaults(), true);
        assertEquals(Optional.of(LoaderOptions.embeddedRankingState(store)), byDefault.loaderOptions(store).rankingState());
        var given = new BuildOptions(TermOptions.defaults(), LoaderOptions.defaults(),
                new BuildOptions.RankingState(true, Optional.of(dir.resolve("state"))), BuildOptions.BulkImport.AUTO, false,
                ClusterOptions.defaults(), true, Optional.empty());
        assertEquals(Optional.of(dir.resolve("state")), given.loaderOptions(store).rankingState());
        var none = new BuildOptions(TermOptions.defaults(), LoaderOptions.defaults(),
                new BuildOptions.RankingState(false, Optional.of(dir.resolve("state"))), BuildOptions.BulkImport.AUTO, false,
                ClusterOptions.defaults(), true, Optional.empty());
        assertEquals(Optional.empty(), none.loaderOptions(store).rankingState());
        assertThrows(NullPointerException.class, () -> new BuildOptions(TermOptions.defaults(), LoaderOptions.defaults(),
                BuildOptions.RankingState.DEFAULT, null, false, ClusterOptions.defaults(), true, Optional.empty()));
    }
}
