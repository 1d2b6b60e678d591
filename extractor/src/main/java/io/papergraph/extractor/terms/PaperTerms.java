package io.papergraph.extractor.terms;

import java.util.Objects;

/**
 * What term extraction found in one paper, before corpus-level ranking: a pure function of the paper's
 * own texts, so it can be stored beside the paper and ranked again when more papers arrive.
 * Round-trips through Jackson.
 */
public record PaperTerms(String arxivId) {

    public PaperTerms {
        Objects.requireNonNull(arxivId, "arxivId");
    }
}
