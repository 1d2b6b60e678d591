package io.papergraph.loader;

import io.papergraph.extractor.terms.TermMention;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.loader.rows.TermRows;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The graph's terms, co-occurrences and weighted mentions as a load leaves them: what a topic clustering reads. The
 * loader hands it over after a load ({@link GraphLoader#load(LoadInput, java.util.function.Consumer)}) and an import
 * computes its clusters from it, so that neither has the clustering read millions of mentions back from the database.
 *
 * @param terms         per term its node's properties: key, name, namesZh, ...
 * @param coOccurrences per related pair, once: the extractor's co-occurrences, as the graph holds them
 * @param mentions      per mention: paper, term and weight (the rest is set only where the load ranked the paper again)
 */
public record TermGraph(List<Map<String, Object>> terms, List<CoOccurrence> coOccurrences, List<TermMention> mentions) {
    public TermGraph {
        terms = List.copyOf(terms);
        coOccurrences = Collections.unmodifiableList(coOccurrences);
        mentions = Collections.unmodifiableList(mentions);
    }

    /** The term graph the given rows describe. */
    public static TermGraph of(TermRows rows) {
        return new TermGraph(new ArrayList<>(rows.terms().values()), rows.coOccurrences(), rows.mentions());
    }
}
