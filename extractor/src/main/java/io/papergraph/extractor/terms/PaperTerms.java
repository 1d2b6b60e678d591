package io.papergraph.extractor.terms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What term extraction found in one paper, before corpus-level ranking: a pure function of the paper's
 * own texts, so it can be stored beside the paper and ranked again when more papers arrive.
 * Round-trips through Jackson.
 *
 * @param arxivId    the paper
 * @param candidates candidate terms, sorted by key
 * @param acronyms   acronym definitions found in the paper ("Retrieval-Augmented Generation (RAG)")
 * @param namesZh    Chinese names the paper's Chinese texts pair with an English term or acronym
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PaperTerms(String arxivId, List<Candidate> candidates, List<AcronymDefinition> acronyms,
        List<ChineseName> namesZh) {

    public PaperTerms {
        Objects.requireNonNull(arxivId, "arxivId");
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
        namesZh = namesZh == null ? List.of() : List.copyOf(namesZh);
    }

    /**
     * A candidate term of one paper.
     *
     * @param key     canonical key (lemmatized, lower-cased, hyphens folded to spaces)
     * @param count   occurrences in the paper, including those inside longer candidates
     * @param standalone occurrences as a whole noun phrase, not inside a longer candidate
     * @param inTitle whether the title contains it
     * @param first   position of its first occurrence, in words from the start of the title
     * @param forms   surface forms as written, with their counts
     */
    @JsonSerialize(using = CandidateJson.Writer.class)
    @JsonDeserialize(using = CandidateJson.Reader.class)
    public record Candidate(String key, int count, int standalone, boolean inTitle, int first, Map<String, Integer> forms) {

        /**
         * Keys and forms are interned: a corpus repeats a vocabulary of some ten thousand keys in every paper,
         * and a year of papers holds millions of candidates while it is ranked. Most candidates have one form,
         * held as a one-entry map.
         */
        public Candidate {
            key = Objects.requireNonNull(key, "key").intern();
            forms = compactForms(forms);
        }

        private static Map<String, Integer> compactForms(Map<String, Integer> forms) {
            if (forms == null || forms.isEmpty()) {
                return Map.of();
            }
            if (forms.size() == 1) {
                var only = forms.entrySet().iterator().next();
                return Map.of(only.getKey().intern(), only.getValue());
            }
            var sorted = new TreeMap<String, Integer>();
            forms.forEach((form, n) -> sorted.put(form.intern(), n));
            return java.util.Collections.unmodifiableMap(sorted);
        }

        /** Number of words of the key. */
        public int words() {
            return key.split(" ").length;
        }

        /** The most frequent surface form (ties: the alphabetically first). */
        public String topForm() {
            String best = key;
            int bestCount = -1;
            for (var e : forms.entrySet()) {
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            return best;
        }
    }

    /**
     * A short form defined in the paper by its long form.
     *
     * @param acronymKey   key of the short form ({@code rag})
     * @param expansionKey key of the long form ({@code retrieval augmented generation})
     * @param acronym      the short form as written ({@code RAG})
     * @param expansion    the long form as written ({@code Retrieval-Augmented Generation})
     */
    public record AcronymDefinition(String acronymKey, String expansionKey, String acronym, String expansion) {

        public AcronymDefinition {
            Objects.requireNonNull(acronymKey, "acronymKey");
            Objects.requireNonNull(expansionKey, "expansionKey");
            Objects.requireNonNull(acronym, "acronym");
            Objects.requireNonNull(expansion, "expansion");
        }
    }

    /**
     * A Chinese name paired with an English term or acronym ({@code 检索增强生成（RAG）}).
     *
     * @param name    the Chinese name
     * @param key     key of the English term or acronym
     * @param english the English side as written
     */
    public record ChineseName(String name, String key, String english) {

        public ChineseName {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(english, "english");
        }
    }
}
