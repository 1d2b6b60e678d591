package io.papergraph.loader;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The graph's terms, co-occurrences and weighted mentions as a load leaves them, as rows with the graph's property
 * names: what a topic clustering reads. The loader hands it over after a load ({@link GraphLoader#load(LoadInput,
 * java.util.function.Consumer)}) and an import computes its clusters from it, so that neither has the clustering
 * read millions of mentions back from the database. The large lists make each row when asked for it.
 *
 * @param terms         per term its properties: key, name, namesZh, ...
 * @param coOccurrences per related pair, once: a and b (term keys), papers, strength
 * @param mentions      per mention: paper (arXiv id), term (key), weight
 */
public record TermGraph(List<Map<String, Object>> terms, List<Map<String, Object>> coOccurrences,
        List<Map<String, Object>> mentions) {
    public TermGraph {
        terms = List.copyOf(terms);
        coOccurrences = Collections.unmodifiableList(coOccurrences);
        mentions = Collections.unmodifiableList(mentions);
    }

    /** The term graph the given rows describe. */
    static TermGraph of(TermRows rows) {
        return new TermGraph(new ArrayList<>(rows.terms().values()),
                TermRows.mapRows(rows.coOccurrences(), TermRows::coOccurrenceRow),
                TermRows.mapRows(rows.mentions(), m -> Map.of("paper", m.arxivId(), "term", m.termKey(), "weight", m.weight())));
    }
}
