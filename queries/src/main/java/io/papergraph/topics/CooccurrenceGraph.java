package io.papergraph.topics;

import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.loader.TermGraph;
import java.util.ArrayList;
import java.util.HashMap;
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
            if (!keys.contains(edge.a()) || !keys.contains(edge.b())) {
                throw new IllegalArgumentException(
                        "Co-occurrence names an unknown term: " + edge.a() + " - " + edge.b());
            }
        }
        for (var mention : mentions) {
            if (!keys.contains(mention.termKey())) {
                throw new IllegalArgumentException(
                        "Mention of an unknown term: " + mention.arxivId() + " -> " + mention.termKey());
            }
        }
    }

    /** The clustering's input from the rows a load or an import hands over. */
    static CooccurrenceGraph of(TermGraph graph) {
        var terms = new ArrayList<TermNode>();
        var termKeys = new HashMap<String, String>();
        for (var row : graph.terms()) {
            var key = (String) row.get("key");
            @SuppressWarnings("unchecked")
            var namesZh = (List<String>) row.get("namesZh");
            terms.add(new TermNode(key, (String) row.get("name"), namesZh));
            termKeys.put(key, key);
        }
        // Each term key is held once, not once per mention.
        var mentions = new ArrayList<WeightedMention>(graph.mentions().size());
        for (var mention : graph.mentions()) {
            var key = mention.termKey();
            mentions.add(new WeightedMention(mention.arxivId(), termKeys.getOrDefault(key, key), mention.weight()));
        }
        return new CooccurrenceGraph(terms, graph.coOccurrences(), mentions);
    }
}
