package io.papergraph.cli;

import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.loader.TermRanking;
import java.util.List;

/** The corpus-level term ranking the commands load with. */
final class TermRankings {

    private TermRankings() {
    }

    /**
     * Interim: until the term extractor's ranking ({@code TermIndex.build}) is part of this build, loads write
     * no terms.
     */
    static TermRanking standard() {
        return papers -> new TermIndex(List.of(), List.of());
    }
}
