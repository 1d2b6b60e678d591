package io.papergraph.extractor.terms.corpus;

/**
 * Which pairs of terms count as co-occurring: settings of the corpus statistics, apart from how a loader writes.
 *
 * @param minPapers least number of papers two terms must share to co-occur
 * @param partners  strongest partners kept per term, or {@link CoOccurrence#ALL_PARTNERS}
 */
public record CoOccurrenceOptions(int minPapers, int partners) {

    public static final int DEFAULT_MIN_PAPERS = 2;
    public static final int DEFAULT_PARTNERS = 20;

    public CoOccurrenceOptions {
        if (minPapers < 1) {
            throw new IllegalArgumentException("minimum co-occurrence must be at least 1, was " + minPapers);
        }
        if (partners < 0) {
            throw new IllegalArgumentException("co-occurrence partners must be at least 0, was " + partners);
        }
    }

    public static CoOccurrenceOptions defaults() {
        return new CoOccurrenceOptions(DEFAULT_MIN_PAPERS, DEFAULT_PARTNERS);
    }
}
