package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.papergraph.topics.ClusterAlgorithm;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ClusteringOptionsTests {

    private static double resolution(String... args) {
        var command = new ClusterCommand();
        var line = new CommandLine(command);
        line.parseArgs(args);
        return command.clustering.toOptions(line).resolution();
    }

    @Test
    void eachAlgorithmHasItsOwnDefaultResolution() {
        assertEquals(ClusterAlgorithm.LEIDEN_MODULARITY.defaultResolution(), resolution());
        assertEquals(2.0, resolution());
        assertEquals(1.0, resolution("--algorithm", "leiden-cpm"));
        assertEquals(1.5, resolution("--algorithm", "leiden-cpm", "--resolution", "1.5"));
        assertEquals(0.8, resolution("--resolution", "0.8"));
    }
}
