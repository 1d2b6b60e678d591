package io.papergraph.extractor.terms;

import java.util.List;
import java.util.Objects;

/**
 * A recurring technical term of the corpus.
 *
 * @param key      canonical key: lemmatized, lower-cased, hyphen/space variants folded; unique
 * @param name     display name: the most frequent surface form
 * @param aliases  other surface forms seen (variants, expansion or acronym), without {@code name}
 * @param acronym  the acronym that stands for this term, or null
 * @param namesZh  Chinese names the digests pair with this term
 * @param df       document frequency: number of papers that mention it
 * @param score    corpus-level term-hood score (higher is more term-like)
 */
public record Term(String key, String name, List<String> aliases, String acronym, List<String> namesZh, int df, double score) {

    public Term {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        namesZh = namesZh == null ? List.of() : List.copyOf(namesZh);
    }
}
