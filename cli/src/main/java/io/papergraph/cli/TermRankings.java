package io.papergraph.cli;

import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermOptions;
import io.papergraph.loader.TermRanking;

/** The corpus-level term ranking the commands load with: the term extractor's own. */
final class TermRankings {

    private TermRankings() {
    }

    /** Ranks with {@link TermIndex#build}, keeping terms that at least {@code options.minDf()} papers mention. */
    static TermRanking standard(TermOptions options) {
        return TermRanking.standard(options);
    }
}
