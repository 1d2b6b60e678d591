package io.papergraph.topics;

import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/** Leiden from CWTS networkanalysis, run in this JVM: no server plugin needed. */
final class LeidenPartition {

    private LeidenPartition() {
    }

    /** One community number per term index of {@code graph}. */
    static int[] communities(WeightedTermGraph graph, ClusterOptions options) {
        if (graph.size() == 0) {
            return new int[0];
        }
        var edges = new LargeIntArray[] {new LargeIntArray(graph.from.clone()), new LargeIntArray(graph.to.clone())};
        var network = new Network(graph.size(), true, edges, new LargeDoubleArray(graph.weight.clone()), false, true);
        double resolution;
        if (options.algorithm() == ClusterAlgorithm.LEIDEN_MODULARITY) {
            double total = 2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks();
            resolution = total == 0 ? options.resolution() : options.resolution() / total;
        } else {
            network = network.createNormalizedNetworkUsingAssociationStrength();
            resolution = options.resolution();
        }
        var algorithm = new LeidenAlgorithm(resolution, options.iterations(), LeidenAlgorithm.DEFAULT_RANDOMNESS,
                new Random(options.seed()));
        Clustering clustering = algorithm.findClustering(network);
        return clustering.getClusters();
    }
}
