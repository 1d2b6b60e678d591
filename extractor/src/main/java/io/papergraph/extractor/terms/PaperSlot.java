package io.papergraph.extractor.terms;

/** A paper's place in a {@link RankingState}: its resolved keys (sorted ids) and its mentions of the kept terms (key ids, weights). */
final class PaperSlot {
    final String arxivId;
    int[] keys;
    int[] mentionKeys = new int[0];
    double[] mentionWeights = new double[0];

    PaperSlot(String arxivId) {
        this.arxivId = arxivId;
    }
}
