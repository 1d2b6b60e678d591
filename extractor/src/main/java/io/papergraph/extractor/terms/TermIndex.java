package io.papergraph.extractor.terms;

import java.util.List;

/** The corpus-level result of term extraction: the recurring terms and the papers' mentions of them. */
public record TermIndex(List<Term> terms, List<TermMention> mentions) {

    public TermIndex {
        terms = List.copyOf(terms);
        mentions = List.copyOf(mentions);
    }
}
