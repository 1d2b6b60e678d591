package io.papergraph.topics;

import io.papergraph.extractor.terms.corpus.CoOccurrence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The co-occurrence graph in index form: terms sorted by key, each pair once with the larger count if a
 * source listed it twice. Sorting first is what makes the clustering independent of input order.
 */
final class WeightedTermGraph {

    final List<TermNode> terms;
    final Map<String, Integer> indexOf;
    /** Edges as (from, to) index pairs, from &lt; to, sorted. */
    final int[] from;
    final int[] to;
    final double[] weight;
    /** Adjacency lists: for each node, neighbour indices and weights. */
    final int[][] neighbours;
    final double[][] neighbourWeights;

    WeightedTermGraph(CooccurrenceGraph graph) {
        var sorted = new ArrayList<>(graph.terms());
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        this.terms = List.copyOf(sorted);
        this.indexOf = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            indexOf.put(terms.get(i).key(), i);
        }
        var pairs = new HashMap<Long, Double>();
        for (var edge : graph.edges()) {
            if (edge.papers() <= 0) {
                continue;
            }
            int a = indexOf.get(edge.a());
            int b = indexOf.get(edge.b());
            long pair = ((long) Math.min(a, b) << 32) | Math.max(a, b);
            pairs.merge(pair, (double) edge.papers(), Math::max);
        }
        var keys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        from = new int[keys.length];
        to = new int[keys.length];
        weight = new double[keys.length];
        int[] degree = new int[terms.size()];
        for (int k = 0; k < keys.length; k++) {
            from[k] = (int) (keys[k] >>> 32);
            to[k] = (int) keys[k];
            weight[k] = pairs.get(keys[k]);
            degree[from[k]]++;
            degree[to[k]]++;
        }
        neighbours = new int[terms.size()][];
        neighbourWeights = new double[terms.size()][];
        for (int i = 0; i < terms.size(); i++) {
            neighbours[i] = new int[degree[i]];
            neighbourWeights[i] = new double[degree[i]];
        }
        int[] fill = new int[terms.size()];
        for (int k = 0; k < keys.length; k++) {
            neighbours[from[k]][fill[from[k]]] = to[k];
            neighbourWeights[from[k]][fill[from[k]]++] = weight[k];
            neighbours[to[k]][fill[to[k]]] = from[k];
            neighbourWeights[to[k]][fill[to[k]]++] = weight[k];
        }
    }

    int size() {
        return terms.size();
    }

    int edgeCount() {
        return weight.length;
    }

    @Override
    public String toString() {
        return "WeightedTermGraph" + Arrays.asList(terms.size(), weight.length);
    }
}
