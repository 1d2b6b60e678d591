package io.papergraph.extractor.terms.corpus;

import io.papergraph.extractor.terms.TermMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Two terms mentioned by the same papers. {@code a < b} (by key): the relationship is stored once per pair.
 *
 * <p>{@code strength} is the normalized pointwise mutual information (NPMI) of the two terms over the papers
 * of the graph: {@code ln(p(ab) / (p(a) p(b))) / -ln p(ab)} with {@code p} = papers / all papers. It lies in
 * (0, 1]: 1 when the terms always occur together, near 0 when they meet no more often than by chance. Pairs
 * sharing fewer than a minimum number of papers, or not positively associated (NPMI &le; 0), are left out.
 *
 * <p>A pair is kept when it is among the strongest partners of either of its terms (a bound on partners per
 * term): the papers of a large corpus mention dozens of terms each, and all their pairs would grow with the
 * square of that, while the strongest few are what clusters and reports read.
 *
 * <p>The one co-occurrence type: the loader writes it as {@code CO_OCCURS}, and the topic clustering reads it (from a
 * load's term graph or from the database), weighing its edges by {@code papers}.
 */
public record CoOccurrence(String a, String b, int papers, double strength) {

    /** Keep every positively associated pair, however many partners a term has. */
    public static final int ALL_PARTNERS = 0;

    public CoOccurrence {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.compareTo(b) >= 0) {
            throw new IllegalArgumentException("co-occurrence keys must be ordered: " + a + " >= " + b);
        }
    }

    /** The co-occurrence of two terms named in either order (a stored relationship's direction, say). */
    public static CoOccurrence of(String x, String y, int papers, double strength) {
        return x.compareTo(y) < 0 ? new CoOccurrence(x, y, papers, strength) : new CoOccurrence(y, x, papers, strength);
    }

    /**
     * The co-occurrences of the mentions' terms, in key order. Pairs are counted one term at a time over its
     * papers, each pair once from its smaller term (memory in proportion to the mentions and the pairs that share
     * enough papers, not to all pairs).
     *
     * @param mentions   the paper-term mentions of the whole graph
     * @param paperCount the number of papers in the graph (the denominator of the probabilities)
     * @param minPapers  least number of shared papers a pair needs
     * @param partners   the strongest partners kept per term (by strength, then shared papers, then key), or
     *                   {@link #ALL_PARTNERS}; a pair stays when either of its terms keeps the other
     */
    public static List<CoOccurrence> compute(Collection<TermMention> mentions, int paperCount, int minPapers, int partners) {
        return compute(Postings.of(mentions), paperCount, minPapers, partners);
    }

    /**
     * {@link #compute(Collection, int, int, int)} of mentions already numbered: {@code keys} in key order, and per
     * paper (from {@code paperStart[p]} to {@code paperStart[p + 1]}) its distinct terms in {@code paperTerms}, sorted.
     */
    static List<CoOccurrence> compute(String[] keys, int[] paperStart, int[] paperTerms, int paperCount, int minPapers,
            int partners) {
        return compute(new Postings(keys, paperStart, paperTerms), paperCount, minPapers, partners);
    }

    private static List<CoOccurrence> compute(Postings index, int paperCount, int minPapers, int partners) {
        if (partners < 0) {
            throw new IllegalArgumentException("partners must be at least 0, was " + partners);
        }
        int n = Math.max(paperCount, index.papers());
        int terms = index.terms();
        var strengths = new Strengths(index, n);
        var counting = ThreadLocal.withInitial(() -> new Counter(terms));
        // Each candidate pair once, from its smaller term: partner ids (in the order met) and shared papers.
        int[][] abovePartner = new int[terms][];
        int[][] aboveTogether = new int[terms][];
        IntStream.range(0, terms).parallel().forEach(i -> {
            var counter = counting.get();
            int found = counter.count(index, i, (j, together) -> together >= minPapers && positive(together, index.df(i), index.df(j), n));
            long[] pairs = counter.found;
            abovePartner[i] = new int[found];
            aboveTogether[i] = new int[found];
            for (int k = 0; k < found; k++) {
                abovePartner[i][k] = (int) (pairs[k] >>> 32);
                aboveTogether[i][k] = (int) pairs[k];
            }
        });
        // The weakest pair each term keeps (none: it keeps all it has), over its partners on both sides.
        Candidate[] weakestKept = new Candidate[terms];
        if (partners != ALL_PARTNERS) {
            int[][] belowPartner = new int[terms][];
            int[][] belowTogether = new int[terms][];
            int[] below = new int[terms];
            for (int[] js : abovePartner) {
                for (int j : js) {
                    below[j]++;
                }
            }
            for (int j = 0; j < terms; j++) {
                belowPartner[j] = new int[below[j]];
                belowTogether[j] = new int[below[j]];
                below[j] = 0;
            }
            for (int i = 0; i < terms; i++) {
                for (int k = 0; k < abovePartner[i].length; k++) {
                    int j = abovePartner[i][k];
                    belowPartner[j][below[j]] = i;
                    belowTogether[j][below[j]++] = aboveTogether[i][k];
                }
            }
            IntStream.range(0, terms).parallel().forEach(i -> {
                var best = new TreeSet<Candidate>();
                Candidate weakest = null;
                for (int[][] side : List.of(new int[][] {abovePartner[i], aboveTogether[i]}, new int[][] {belowPartner[i], belowTogether[i]})) {
                    for (int k = 0; k < side[0].length; k++) {
                        int partner = side[0][k];
                        int together = side[1][k];
                        double strength = strengths.of(together, i, partner);
                        // Most partners of a frequent term rank below its current few: one comparison, no insertion.
                        if (best.size() < partners || weakest.ranksBelow(partner, together, strength)) {
                            best.add(new Candidate(partner, together, strength));
                            if (best.size() > partners) {
                                best.pollLast();
                            }
                            weakest = best.last();
                        }
                    }
                }
                weakestKept[i] = best.size() == partners ? weakest : null;
            });
        }
        // Each pair once, from its smaller term, kept if either term keeps it; in partner order (the count finds them
        // in the order the papers give, and sorting the few kept costs less than sorting all that were found).
        long[][] keptAbove = new long[terms][];
        IntStream.range(0, terms).parallel().forEach(i -> {
            long[] kept = new long[abovePartner[i].length];
            int found = 0;
            for (int k = 0; k < abovePartner[i].length; k++) {
                int j = abovePartner[i][k];
                int together = aboveTogether[i][k];
                double strength = strengths.of(together, i, j);
                if (keeps(weakestKept[i], j, together, strength) || keeps(weakestKept[j], i, together, strength)) {
                    kept[found++] = ((long) j << 32) | together;
                }
            }
            keptAbove[i] = Arrays.copyOf(kept, found);
            Arrays.sort(keptAbove[i]);
        });
        var out = new ArrayList<CoOccurrence>();
        for (int i = 0; i < terms; i++) {
            for (long pair : keptAbove[i]) {
                int j = (int) (pair >>> 32);
                int together = (int) pair;
                out.add(new CoOccurrence(index.key(i), index.key(j), together, strengths.of(together, i, j)));
            }
        }
        return out;
    }

    /** The co-occurrences of all positively associated pairs ({@link #ALL_PARTNERS}). */
    public static List<CoOccurrence> compute(Collection<TermMention> mentions, int paperCount, int minPapers) {
        return compute(mentions, paperCount, minPapers, ALL_PARTNERS);
    }

    /** Whether a term whose weakest kept partner is {@code weakestKept} (null: it keeps all) keeps the given one. */
    private static boolean keeps(Candidate weakestKept, int partner, int together, double strength) {
        return weakestKept == null || weakestKept.order(partner, together, strength) >= 0;
    }

    /**
     * A partner of a term as that term ranks it: strongest first, then most shared papers, then smallest key
     * (term ids are in key order), so that the choice is total and does not depend on input order.
     */
    private record Candidate(int partner, int together, double strength) implements Comparable<Candidate> {

        @Override
        public int compareTo(Candidate o) {
            return -o.order(partner, together, strength);
        }

        /** Whether this candidate ranks below the one given by its parts (which is then kept before it). */
        boolean ranksBelow(int otherPartner, int otherTogether, double otherStrength) {
            return order(otherPartner, otherTogether, otherStrength) > 0;
        }

        /** Negative, zero or positive as this candidate ranks before, with or after the one given by its parts. */
        private int order(int otherPartner, int otherTogether, double otherStrength) {
            int c = Double.compare(otherStrength, strength);
            if (c == 0) {
                c = Integer.compare(otherTogether, together);
            }
            return c != 0 ? c : Integer.compare(partner, otherPartner);
        }
    }

    /**
     * NPMI of the pairs of one count, from logarithms taken once: of every term's document frequency and of every
     * number of shared papers up to the largest of them (the same values {@link #npmi} computes one by one).
     */
    private static final class Strengths {
        private final double lnN;
        private final double[] lnDf;
        private final double[] lnCount;
        private final int n;

        Strengths(Postings index, int n) {
            this.n = n;
            lnN = Math.log(n);
            lnDf = new double[index.terms()];
            int largest = 1;
            for (int t = 0; t < lnDf.length; t++) {
                lnDf[t] = Math.log(index.df(t));
                largest = Math.max(largest, index.df(t));
            }
            lnCount = new double[largest + 1];
            for (int c = 1; c <= largest; c++) {
                lnCount[c] = Math.log(c);
            }
        }

        double of(int together, int a, int b) {
            return together == n ? 1.0 : npmi(lnCount[together], lnDf[a], lnDf[b], lnN);
        }
    }

    /**
     * Terms numbered in key order, each paper's distinct terms (sorted) and, for each term, where it sits in the papers
     * that mention it, as flat arrays.
     */
    private static final class Postings {

        private final String[] keys;
        private final int[] paperStart;
        private final int[] paperTerms;
        private final int[] termStart;
        /** Per term (from {@link #termStart}), its places in {@link #paperTerms}: one per paper mentioning it. */
        private final int[] termPlaces;
        /**
         * Beside each of {@link #termPlaces}, where that paper's terms end: the count reads a term's postings in order
         * instead of looking up each paper's end at random (the largest cost of counting a year of papers).
         */
        private final int[] termPlaceEnds;

        Postings(String[] keys, int[] paperStart, int[] paperTerms) {
            this.keys = keys;
            this.paperStart = paperStart;
            this.paperTerms = paperTerms;
            int papers = paperStart.length - 1;
            termStart = new int[keys.length + 1];
            for (int t : paperTerms) {
                termStart[t + 1]++;
            }
            for (int t = 0; t < keys.length; t++) {
                termStart[t + 1] += termStart[t];
            }
            termPlaces = new int[paperTerms.length];
            termPlaceEnds = new int[paperTerms.length];
            int[] filled = Arrays.copyOf(termStart, keys.length);
            for (int p = 0; p < papers; p++) {
                int end = paperStart[p + 1];
                for (int q = paperStart[p]; q < end; q++) {
                    int k = filled[paperTerms[q]]++;
                    termPlaces[k] = q;
                    termPlaceEnds[k] = end;
                }
            }
        }

        static Postings of(Collection<TermMention> mentions) {
            // Millions of mentions over some ten thousand keys: numbered by hash as they come, then renumbered in key
            // order; a paper's mentions usually come together, so its id is looked up once per run of them.
            var provisional = new HashMap<String, Integer>();
            var paperIds = new HashMap<String, Integer>();
            int[] paperOfMention = new int[mentions.size()];
            int[] termOf = new int[mentions.size()];
            int k = 0;
            String lastPaper = null;
            int lastId = -1;
            for (TermMention m : mentions) {
                if (!m.arxivId().equals(lastPaper)) {
                    lastPaper = m.arxivId();
                    Integer p = paperIds.putIfAbsent(lastPaper, paperIds.size());
                    lastId = p == null ? paperIds.size() - 1 : p;
                }
                paperOfMention[k] = lastId;
                Integer t = provisional.putIfAbsent(m.termKey(), provisional.size());
                termOf[k++] = t == null ? provisional.size() - 1 : t;
            }
            String[] keys = provisional.keySet().toArray(String[]::new);
            Arrays.sort(keys);
            int[] rank = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                rank[provisional.get(keys[i])] = i;
            }
            for (int i = 0; i < termOf.length; i++) {
                termOf[i] = rank[termOf[i]];
            }
            int[][] byPaper = group(paperOfMention, termOf, paperIds.size());
            int[] paperStart = new int[byPaper.length + 1];
            var terms = new ArrayList<int[]>(byPaper.length);
            for (int p = 0; p < byPaper.length; p++) {
                int[] distinct = Arrays.stream(byPaper[p]).sorted().distinct().toArray();
                terms.add(distinct);
                paperStart[p + 1] = paperStart[p] + distinct.length;
            }
            int[] paperTerms = new int[paperStart[byPaper.length]];
            for (int p = 0; p < byPaper.length; p++) {
                System.arraycopy(terms.get(p), 0, paperTerms, paperStart[p], terms.get(p).length);
            }
            return new Postings(keys, paperStart, paperTerms);
        }

        /** {@code values} grouped by {@code groups} (ids below {@code count}), in input order within a group. */
        private static int[][] group(int[] groups, int[] values, int count) {
            int[] sizes = new int[count];
            for (int g : groups) {
                sizes[g]++;
            }
            int[][] out = new int[count][];
            for (int g = 0; g < count; g++) {
                out[g] = new int[sizes[g]];
            }
            int[] filled = new int[count];
            for (int k = 0; k < groups.length; k++) {
                out[groups[k]][filled[groups[k]]++] = values[k];
            }
            return out;
        }

        int terms() {
            return keys.length;
        }

        int papers() {
            return paperStart.length - 1;
        }

        String key(int term) {
            return keys[term];
        }

        int df(int term) {
            return termStart[term + 1] - termStart[term];
        }
    }

    /** Counts, for one term, the papers it shares with each term of a larger id; one per thread, reused. */
    private static final class Counter {

        private final int[] together;
        private final int[] seen;

        Counter(int terms) {
            together = new int[terms];
            seen = new int[terms];
        }

        /** Pairs {@link #count} found, as {@code partner << 32 | together}: the first of them, up to its result. */
        long[] found = new long[64];

        interface PairFilter {
            boolean test(int partner, int together);
        }

        /**
         * Finds each term of a larger id sharing a paper with {@code term} that passes the filter, with the number of
         * papers they share, in the order they first meet (a paper's terms are sorted, so only the rest of each paper
         * after the term is read: half the work of counting all); returns how many it put in {@link #found}.
         */
        int count(Postings index, int term, PairFilter filter) {
            int seenCount = 0;
            for (int k = index.termStart[term]; k < index.termStart[term + 1]; k++) {
                int to = index.termPlaceEnds[k];
                for (int q = index.termPlaces[k] + 1; q < to; q++) {
                    int partner = index.paperTerms[q];
                    if (together[partner]++ == 0) {
                        seen[seenCount++] = partner;
                    }
                }
            }
            int kept = 0;
            for (int s = 0; s < seenCount; s++) {
                int partner = seen[s];
                if (filter.test(partner, together[partner])) {
                    if (kept == found.length) {
                        found = Arrays.copyOf(found, kept * 2);
                    }
                    found[kept++] = ((long) partner << 32) | together[partner];
                }
                together[partner] = 0;
            }
            return kept;
        }
    }

    /** NPMI from counts: together of n papers mention both, dfA and dfB mention each. */
    public static double npmi(int together, int dfA, int dfB, int n) {
        return together == n ? 1.0 : npmi(Math.log(together), Math.log(dfA), Math.log(dfB), Math.log(n));
    }

    /**
     * NPMI from the logarithms of the counts: {@code ln(p(ab) / (p(a) p(b))) / -ln p(ab)} with {@code p} = count / n,
     * written as sums of logarithms so that those of each count can be taken once ({@code lnA + lnB} summed first: the
     * same value whichever term of the pair is {@code a}).
     */
    private static double npmi(double lnTogether, double lnA, double lnB, double lnN) {
        return (lnTogether + lnN - (lnA + lnB)) / (lnN - lnTogether);
    }

    /**
     * Whether NPMI is above 0 (the pair meets more often than by chance): {@code together / n > (dfA / n) (dfB / n)},
     * compared exactly in integers.
     */
    static boolean positive(int together, int dfA, int dfB, int n) {
        return together == n || (long) together * n > (long) dfA * dfB;
    }
}
