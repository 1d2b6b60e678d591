package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.papergraph.topics.ClusterAlgorithm;
import io.papergraph.topics.ClusterEngine;
import io.papergraph.topics.ClusterOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClusterStepOptionTests {

    private static ConnectionOptions embedded(Path plugins) {
        var connection = new ConnectionOptions();
        connection.plugins = plugins;
        return connection;
    }

    @Test
    void aNewStoreIsClusteredDuringItsImportWithTheInProcessEngine() {
        var step = new ClusterStepOption();
        assertNotNull(step.duringImport(ClusterOptions.defaults(), embedded(null)), "auto without plugins: in-process");
        assertNotNull(step.duringImport(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS), embedded(Path.of("plugins"))));
        assertNotNull(step.duringImport(ClusterOptions.defaults().withAlgorithm(ClusterAlgorithm.LEIDEN_CPM), embedded(Path.of("plugins"))),
                "auto with CPM never uses GDS");
    }

    @Test
    void theStepAfterTheLoadClustersWhenGdsMayBeWantedOrNothingWhenSkipped() {
        var step = new ClusterStepOption();
        assertNull(step.duringImport(ClusterOptions.defaults().withEngine(ClusterEngine.GDS), embedded(null)));
        assertNull(step.duringImport(ClusterOptions.defaults(), embedded(Path.of("plugins"))),
                "auto with modularity and plugins: the server may have GDS");
        var skipped = new ClusterStepOption();
        skipped.skip = true;
        assertNull(skipped.duringImport(ClusterOptions.defaults(), embedded(null)));
    }
}
