package io.papergraph.extractor.terms;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/** A resolved key of a {@link RankingState}, or a phrase inside one: its sums over the papers it occurs in. */
final class RankedKey {
    final String key;
    final int words;
    /** Ids of the distinct phrases of fewer words inside this key. */
    int[] inner;
    /** Ids of the phrases ending this key that it may be a longer phrase of, and of their boundaries ({@link TermRanker#headPhrases}). */
    int[] heads;
    int[] boundaries;
    /** Distinct longer phrases this one heads, and the highest frequency among them, as of the last update. */
    int headOf;
    int headTop;
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

    /** Whether this key is a phrase of its own ({@link TermRanker#isOwnPhrase}). */
    boolean isOwnPhrase() {
        return TermRanker.isOwnPhrase(words, freq, standalone, headOf, headTop);
    }

    /**
     * Counts again the distinct longer phrases each key heads and their highest frequency (they change as keys start
     * or stop standing alone anywhere, and with their frequencies) and sets the ids of the keys whose figures changed.
     */
    static void countHeads(List<RankedKey> keys, BitSet changed) {
        var counts = new int[keys.size()];
        var tops = new int[keys.size()];
        for (var longer : keys) {
            if (longer.standalone <= 0) {
                continue;
            }
            for (int n = 0; n < longer.heads.length; n++) {
                if (keys.get(longer.boundaries[n]).standalone <= 0) {
                    int head = longer.heads[n];
                    counts[head]++;
                    tops[head] = Math.max(tops[head], longer.freq);
                }
            }
        }
        for (int id = 0; id < counts.length; id++) {
            var k = keys.get(id);
            if (k.headOf != counts[id] || k.headTop != tops[id]) {
                k.headOf = counts[id];
                k.headTop = tops[id];
                changed.set(id);
            }
        }
    }
}
