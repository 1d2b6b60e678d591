package io.papergraph.topics;

import java.util.HashSet;
import java.util.List;

/**
 * The input of the clustering: terms, their co-occurrences and the papers' weighted mentions. Edges and
 * mentions must name terms of the graph, so a typo in a query shows up here and not as a silent gap.
 */
public record CooccurrenceGraph(List<TermNode> terms, List<CoOccurrence> edges, List<WeightedMention> mentions) {

    public CooccurrenceGraph {
        terms = List.copyOf(terms);
        edges = List.copyOf(edges);
        mentions = List.copyOf(mentions);
        var keys = new HashSet<String>();
        for (var term : terms) {
            if (!keys.add(term.key())) {
                throw new IllegalArgumentException("Term key appears twice: " + term.key());
            }
        }
        for (var edge : edges) {
            if (!keys.contains(edge.source()) || !keys.contains(edge.target())) {
                throw new IllegalArgumentException(
                        "Co-occurrence names an unknown term: " + edge.source() + " - " + edge.target());
            }
        }
        for (var mention : mentions) {
            if (!keys.contains(mention.termKey())) {
                throw new IllegalArgumentException(
                        "Mention of an unknown term: " + mention.arxivId() + " -> " + mention.termKey());
            }
        }
    }
}
