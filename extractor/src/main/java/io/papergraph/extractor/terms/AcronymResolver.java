package io.papergraph.extractor.terms;

import io.papergraph.extractor.terms.PaperTerms.AcronymDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Resolves acronyms over a corpus. Every definition is a vote for an expansion; expansions of one acronym
 * that share most of their words ("retrieval augmented generation", "retrieval augmentation generation")
 * fold onto the most voted one, the others stay separate terms. A paper's bare acronym stands for the
 * paper's own expansion when it defines one, else for the most voted expansion of the corpus.
 */
final class AcronymResolver {

    /** Expansions sharing at least this share of their words (Jaccard) are variants of one term. */
    static final double VARIANT_OVERLAP = 0.5;

    private final Map<String, String> corpusMeaning;
    private final Map<String, String> canonicalExpansion;
    /** Key rewrites of the corpus: expansion variants to their head, acronyms to their most voted expansion. */
    private final Map<String, String> corpusKeys;

    private AcronymResolver(Map<String, String> corpusMeaning, Map<String, String> canonicalExpansion) {
        this.corpusMeaning = corpusMeaning;
        this.canonicalExpansion = canonicalExpansion;
        this.corpusKeys = new HashMap<>(canonicalExpansion);
        corpusMeaning.forEach((acronym, expansion) -> corpusKeys.put(acronym, canonical(expansion)));
    }

    static AcronymResolver resolve(List<PaperTerms> papers) {
        var votes = new TreeMap<String, Map<String, Set<String>>>();
        for (var paper : papers) {
            for (var def : paper.acronyms()) {
                votes.computeIfAbsent(def.acronymKey(), k -> new TreeMap<>())
                        .computeIfAbsent(def.expansionKey(), k -> new TreeSet<>()).add(paper.arxivId());
            }
        }
        var counts = new TreeMap<String, Map<String, Integer>>();
        votes.forEach((acronym, expansions) -> {
            var byExpansion = new HashMap<String, Integer>();
            expansions.forEach((expansion, voters) -> byExpansion.put(expansion, voters.size()));
            counts.put(acronym, byExpansion);
        });
        return ofVotes(counts);
    }

    /**
     * The resolution of the given votes: per acronym key, per expansion key, the number of papers defining the
     * acronym by that expansion (expansions without votes left out).
     */
    static AcronymResolver ofVotes(java.util.SortedMap<String, ? extends Map<String, Integer>> votes) {
        var corpusMeaning = new HashMap<String, String>();
        var canonical = new HashMap<String, String>();
        votes.forEach((acronym, expansions) -> {
            var ranked = new ArrayList<>(expansions.keySet());
            ranked.sort((a, b) -> {
                int byVotes = Integer.compare(expansions.get(b), expansions.get(a));
                return byVotes != 0 ? byVotes : a.compareTo(b);
            });
            var heads = new ArrayList<String>();
            for (var expansion : ranked) {
                String head = null;
                for (var h : heads) {
                    if (overlap(h, expansion) >= VARIANT_OVERLAP) {
                        head = h;
                        break;
                    }
                }
                if (head == null) {
                    heads.add(expansion);
                    head = expansion;
                }
                if (!expansion.equals(head)) {
                    canonical.putIfAbsent(expansion, head);
                }
            }
            corpusMeaning.put(acronym, heads.get(0));
        });
        return new AcronymResolver(corpusMeaning, canonical);
    }

    /**
     * The keys whose resolution differs between this resolver and another: corpus rewrites, canonical expansions
     * (which a paper's own definitions go through) and acronym status. A paper none of whose candidate, name or
     * definition keys is among them merges the same under both.
     */
    Set<String> changedKeys(AcronymResolver other) {
        var out = new HashSet<String>();
        differing(corpusKeys, other.corpusKeys, out);
        differing(canonicalExpansion, other.canonicalExpansion, out);
        for (var key : corpusMeaning.keySet()) {
            if (!other.corpusMeaning.containsKey(key)) {
                out.add(key);
            }
        }
        for (var key : other.corpusMeaning.keySet()) {
            if (!corpusMeaning.containsKey(key)) {
                out.add(key);
            }
        }
        return out;
    }

    private static void differing(Map<String, String> a, Map<String, String> b, Set<String> out) {
        a.forEach((k, v) -> {
            if (!v.equals(b.get(k))) {
                out.add(k);
            }
        });
        b.forEach((k, v) -> {
            if (!v.equals(a.get(k))) {
                out.add(k);
            }
        });
    }

    /** What a key stands for in a paper without a definition of its own: itself unless the corpus rewrites it. */
    String corpusKey(String key) {
        return corpusKeys.getOrDefault(key, key);
    }

    boolean isAcronym(String key) {
        return corpusMeaning.containsKey(key);
    }

    /**
     * Key rewrites for one paper: its own acronyms to their expansions, other acronyms to the corpus meaning,
     * expansion variants to their head; any other key stays as it is. Only the paper's own definitions are
     * copied, so this is cheap for every paper of a large corpus.
     */
    UnaryOperator<String> forPaper(PaperTerms paper) {
        if (paper.acronyms().isEmpty()) {
            return key -> corpusKeys.getOrDefault(key, key);
        }
        var own = new HashMap<String, String>();
        for (AcronymDefinition def : paper.acronyms()) {
            own.put(def.acronymKey(), canonical(def.expansionKey()));
        }
        return key -> {
            var expansion = own.get(key);
            return expansion != null ? expansion : corpusKeys.getOrDefault(key, key);
        };
    }

    private String canonical(String expansion) {
        return canonicalExpansion.getOrDefault(expansion, expansion);
    }

    static double overlap(String a, String b) {
        var wa = new HashSet<>(Arrays.asList(a.split(" ")));
        var wb = new HashSet<>(Arrays.asList(b.split(" ")));
        var union = new HashSet<>(wa);
        union.addAll(wb);
        wa.retainAll(wb);
        return (double) wa.size() / union.size();
    }
}
