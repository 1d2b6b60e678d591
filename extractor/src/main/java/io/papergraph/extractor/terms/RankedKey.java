package io.papergraph.extractor.terms;

import java.util.Map;

/** A resolved key of a {@link RankingState}, or a phrase inside one: its sums over the papers it occurs in. */
final class RankedKey {
    final String key;
    final int words;
    /** Ids of the distinct phrases of fewer words inside this key. */
    int[] inner;
    int df;
    int freq;
    int standalone;
    int named;
    Map<String, Integer> namesZh;
    boolean kept;
    /** Surface forms, for the kept keys only. */
    Map<String, Integer> forms;
    Map<String, Integer> acronymForms;
    long longerSum;
    int longerN;
    double score;

    RankedKey(String key) {
        this.key = key;
        this.words = TermRanker.wordStarts(key).length - 1;
    }

    /** Whether the ranking holds this key: some paper has it as a candidate or names it in Chinese. */
    boolean live() {
        return df > 0 || namesZh != null;
    }
}
