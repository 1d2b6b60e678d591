package io.papergraph.extractor.terms;

import java.util.Objects;

/**
 * A paper's mention of a term: how often, whether in its title, and how central the term is to the
 * paper ({@code weight} in (0, 1], the paper's most central term having the largest weight).
 */
public record TermMention(String arxivId, String termKey, int count, boolean inTitle, double weight) {

    public TermMention {
        Objects.requireNonNull(arxivId, "arxivId");
        Objects.requireNonNull(termKey, "termKey");
    }
}
