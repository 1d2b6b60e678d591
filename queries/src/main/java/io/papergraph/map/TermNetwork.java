package io.papergraph.map;

import io.papergraph.extractor.terms.corpus.CoOccurrence;
import java.util.HashSet;
import java.util.List;

/**
 * What a map is made of: the kept terms, their co-occurrences among themselves and the clusters' names. Links
 * and terms must name terms and clusters of the network, so a mistake in a query fails here, not as a gap.
 */
public record TermNetwork(List<MapTerm> terms, List<CoOccurrence> links, List<ClusterLabel> clusters) {

    public TermNetwork {
        terms = List.copyOf(terms);
        links = List.copyOf(links);
        clusters = List.copyOf(clusters);
        var clusterIds = new HashSet<String>();
        clusters.forEach(c -> clusterIds.add(c.id()));
        var keys = new HashSet<String>();
        for (var term : terms) {
            if (!keys.add(term.key())) {
                throw new IllegalArgumentException("term appears twice: " + term.key());
            }
            if (!clusterIds.contains(term.clusterId())) {
                throw new IllegalArgumentException("term " + term.key() + " names an unknown cluster: " + term.clusterId());
            }
        }
        for (var link : links) {
            if (!keys.contains(link.a()) || !keys.contains(link.b())) {
                throw new IllegalArgumentException("link names a term not on the map: " + link.a() + " - " + link.b());
            }
        }
    }
}
