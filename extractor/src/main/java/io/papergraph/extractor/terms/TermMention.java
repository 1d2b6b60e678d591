package io.papergraph.extractor.terms;

import java.util.List;
import java.util.Objects;

/**
 * A paper's mention of a term: how often, whether in its title, and how central the term is to the
 * paper ({@code weight} in (0, 1], the paper's most central term having weight 1).
 *
 * @param forms how the paper writes the term, most frequent first (long forms before the acronym)
 */
public record TermMention(String arxivId, String termKey, int count, boolean inTitle, double weight, List<String> forms) {

    public TermMention {
        Objects.requireNonNull(arxivId, "arxivId");
        Objects.requireNonNull(termKey, "termKey");
        forms = forms == null ? List.of() : List.copyOf(forms);
    }
}
