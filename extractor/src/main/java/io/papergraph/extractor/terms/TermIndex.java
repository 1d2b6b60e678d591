package io.papergraph.extractor.terms;

import java.util.Collection;
import java.util.List;

/**
 * The corpus-level result of term extraction: the recurring terms and the papers' mentions of them.
 *
 * @param terms    recurring terms, best score first (ties by key)
 * @param mentions mentions of those terms, by paper id, then weight (highest first), then term key
 */
public record TermIndex(List<Term> terms, List<TermMention> mentions) {

    public TermIndex {
        terms = List.copyOf(terms);
        mentions = List.copyOf(mentions);
    }

    /**
     * Ranks the per-paper analyses of a corpus. A pure function of its input: the order of {@code papers}
     * does not matter, so loading papers in batches and ranking them all again gives the same result as one load.
     *
     * @throws IllegalArgumentException when two analyses have the same paper id
     */
    public static TermIndex build(Collection<PaperTerms> papers, TermOptions options) {
        return new TermRanker(papers, options).rank();
    }

    /** The mentions of one paper, highest weight first. */
    public List<TermMention> mentionsOf(String arxivId) {
        return mentions.stream().filter(m -> m.arxivId().equals(arxivId)).toList();
    }
}
