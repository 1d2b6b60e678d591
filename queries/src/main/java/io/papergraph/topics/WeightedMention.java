package io.papergraph.topics;

import java.util.Objects;

/** A paper's mention of a term with its weight (how central the term is to the paper). */
public record WeightedMention(String arxivId, String termKey, double weight) {

    public WeightedMention {
        Objects.requireNonNull(arxivId, "arxivId");
        Objects.requireNonNull(termKey, "termKey");
        if (!(weight >= 0)) {
            throw new IllegalArgumentException("weight must be a number >= 0: " + weight);
        }
    }
}
