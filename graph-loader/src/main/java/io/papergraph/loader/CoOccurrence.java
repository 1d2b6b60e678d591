package io.papergraph.loader;

import io.papergraph.extractor.terms.TermMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Two terms mentioned by the same papers. {@code a < b} (by key): the relationship is stored once per pair.
 *
 * <p>{@code strength} is the normalized pointwise mutual information (NPMI) of the two terms over the papers
 * of the graph: {@code ln(p(ab) / (p(a) p(b))) / -ln p(ab)} with {@code p} = papers / all papers. It lies in
 * (0, 1]: 1 when the terms always occur together, near 0 when they meet no more often than by chance. Pairs
 * sharing fewer than a minimum number of papers, or not positively associated (NPMI &le; 0), are left out.
 */
public record CoOccurrence(String a, String b, int papers, double strength) {

    public CoOccurrence {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("co-occurrence keys must be ordered: " + a + " >= " + b);
        }
    }

    /**
     * The co-occurrences of the mentions' terms, in key order.
     *
     * @param mentions   the paper-term mentions of the whole graph
     * @param paperCount the number of papers in the graph (the denominator of the probabilities)
     * @param minPapers  least number of shared papers a pair needs
     */
    public static List<CoOccurrence> compute(Collection<TermMention> mentions, int paperCount, int minPapers) {
        var termIds = new TreeMap<String, Integer>();
        for (TermMention m : mentions) {
            termIds.putIfAbsent(m.termKey(), 0);
        }
        var keys = new ArrayList<>(termIds.keySet());
        for (int i = 0; i < keys.size(); i++) {
            termIds.put(keys.get(i), i);
        }
        var byPaper = new HashMap<String, List<Integer>>();
        for (TermMention m : mentions) {
            byPaper.computeIfAbsent(m.arxivId(), k -> new ArrayList<>()).add(termIds.get(m.termKey()));
        }
        // Pairs are counted by sorting their packed ids: hashing packed pairs collides badly (Long.hashCode is i ^ j).
        int[] df = new int[keys.size()];
        long[] pairs = new long[1024];
        int pairCount = 0;
        for (List<Integer> terms : byPaper.values()) {
            int[] sorted = terms.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
            int needed = pairCount + sorted.length * (sorted.length - 1) / 2;
            if (needed > pairs.length) {
                pairs = Arrays.copyOf(pairs, Math.max(needed, pairs.length * 2));
            }
            for (int i = 0; i < sorted.length; i++) {
                df[sorted[i]]++;
                for (int j = i + 1; j < sorted.length; j++) {
                    pairs[pairCount++] = ((long) sorted[i] << 32) | sorted[j];
                }
            }
        }
        Arrays.parallelSort(pairs, 0, pairCount);
        int n = Math.max(paperCount, byPaper.size());
        var out = new ArrayList<CoOccurrence>();
        for (int from = 0; from < pairCount; ) {
            long pair = pairs[from];
            int to = from;
            while (to < pairCount && pairs[to] == pair) {
                to++;
            }
            int together = to - from;
            from = to;
            if (together < minPapers) {
                continue;
            }
            int i = (int) (pair >>> 32);
            int j = (int) (pair & 0xffffffffL);
            double strength = npmi(together, df[i], df[j], n);
            if (strength > 0) {
                out.add(new CoOccurrence(keys.get(i), keys.get(j), together, strength));
            }
        }
        out.sort(Comparator.comparing(CoOccurrence::a).thenComparing(CoOccurrence::b));
        return out;
    }

    /** NPMI from counts: together of n papers mention both, dfA and dfB mention each. */
    static double npmi(int together, int dfA, int dfB, int n) {
        if (together == n) {
            return 1.0;
        }
        double pab = (double) together / n;
        double pmi = Math.log(pab / (((double) dfA / n) * ((double) dfB / n)));
        return pmi / -Math.log(pab);
    }
}
