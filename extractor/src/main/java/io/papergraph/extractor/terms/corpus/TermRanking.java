package io.papergraph.extractor.terms.corpus;

import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.RankingState;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermOptions;
import java.util.Collection;
import java.util.Optional;

/**
 * Corpus-level term ranking: from the per-paper findings of every paper in the graph to the recurring
 * terms and the papers' mentions of them. Must be pure and deterministic (same findings, same index,
 * whatever their order), which is what makes incremental loads equal to loading everything at once.
 */
@FunctionalInterface
public interface TermRanking {

    TermIndex rank(Collection<PaperTerms> papers);

    /**
     * The term options when this is the {@linkplain #standard standard} ranking, whose corpus sums a
     * {@link RankingState} keeps between loads so that a load re-ranks only what it changes; empty for any other
     * ranking, which every load runs over every paper of the graph.
     */
    default Optional<TermOptions> standardOptions() {
        return Optional.empty();
    }

    /**
     * What tells this ranking's terms from another's for the same papers; a digest loaded under another fingerprint is
     * loaded again. Empty for rankings other than the standard one.
     */
    default String fingerprint() {
        return standardOptions().map(TermOptions::rankingFingerprint).orElse("");
    }

    /** The term extractor's own ranking ({@link TermIndex#build}). */
    static TermRanking standard(TermOptions options) {
        return new StandardTermRanking(options);
    }

    /** {@link TermIndex#build} with the given options. */
    record StandardTermRanking(TermOptions options) implements TermRanking {

        public StandardTermRanking {
            java.util.Objects.requireNonNull(options, "options");
        }

        @Override
        public TermIndex rank(Collection<PaperTerms> papers) {
            return TermIndex.build(papers, options);
        }

        @Override
        public Optional<TermOptions> standardOptions() {
            return Optional.of(options);
        }
    }
}
