package io.papergraph.loader;

import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.TermIndex;
import java.util.Collection;

/**
 * Corpus-level term ranking: from the per-paper findings of every paper in the graph to the recurring
 * terms and the papers' mentions of them. Must be pure and deterministic (same findings, same index,
 * whatever their order), which is what makes incremental loads equal to loading everything at once.
 */
@FunctionalInterface
public interface TermRanking {

    TermIndex rank(Collection<PaperTerms> papers);
}
