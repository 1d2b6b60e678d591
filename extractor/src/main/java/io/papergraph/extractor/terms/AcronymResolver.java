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

    private AcronymResolver(Map<String, String> corpusMeaning, Map<String, String> canonicalExpansion) {
        this.corpusMeaning = corpusMeaning;
        this.canonicalExpansion = canonicalExpansion;
    }

    static AcronymResolver resolve(List<PaperTerms> papers) {
        var votes = new TreeMap<String, Map<String, Set<String>>>();
        for (var paper : papers) {
            for (var def : paper.acronyms()) {
                votes.computeIfAbsent(def.acronymKey(), k -> new TreeMap<>())
                        .computeIfAbsent(def.expansionKey(), k -> new TreeSet<>()).add(paper.arxivId());
            }
        }
        var corpusMeaning = new HashMap<String, String>();
        var canonical = new HashMap<String, String>();
        votes.forEach((acronym, expansions) -> {
            var ranked = new ArrayList<>(expansions.keySet());
            ranked.sort((a, b) -> {
                int byVotes = Integer.compare(expansions.get(b).size(), expansions.get(a).size());
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

    boolean isAcronym(String key) {
        return corpusMeaning.containsKey(key);
    }

    /** Key rewrites for one paper: its acronyms to their expansions, expansion variants to their head. */
    Map<String, String> forPaper(PaperTerms paper) {
        var map = new HashMap<String, String>(canonicalExpansion);
        corpusMeaning.forEach((acronym, expansion) -> map.put(acronym, canonicalExpansion.getOrDefault(expansion, expansion)));
        for (AcronymDefinition def : paper.acronyms()) {
            var expansion = canonicalExpansion.getOrDefault(def.expansionKey(), def.expansionKey());
            map.put(def.acronymKey(), expansion);
        }
        return map;
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
