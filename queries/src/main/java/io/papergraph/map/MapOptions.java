package io.papergraph.map;

/**
 * What goes on a topic map. Terms are ranked by the papers that mention them ({@code Term.df}), ties by key,
 * and the {@code maxTerms} first are kept: at 1,000 a map of a year of papers still shows its topics, not a
 * blot, and the layout, which compares every pair of terms, stays within seconds.
 *
 * @param maxTerms       the most relevant clustered terms to place
 * @param papersPerTerm  papers listed for each term (those that weigh it most)
 * @param seed           seed of the layout's random start, so the same graph gives the same map
 */
public record MapOptions(int maxTerms, int papersPerTerm, long seed) {

    public static final int DEFAULT_MAX_TERMS = 1000;
    public static final int DEFAULT_PAPERS_PER_TERM = 5;
    public static final long DEFAULT_SEED = 42;

    public MapOptions {
        if (maxTerms < 1) {
            throw new IllegalArgumentException("the map needs at least one term, --max-terms was " + maxTerms);
        }
        if (papersPerTerm < 0) {
            throw new IllegalArgumentException("papers per term must not be negative, was " + papersPerTerm);
        }
    }

    public static MapOptions defaults() {
        return new MapOptions(DEFAULT_MAX_TERMS, DEFAULT_PAPERS_PER_TERM, DEFAULT_SEED);
    }

    public MapOptions withMaxTerms(int terms) {
        return new MapOptions(terms, papersPerTerm, seed);
    }
}
