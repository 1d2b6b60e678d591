package io.papergraph.extractor.terms;

import io.papergraph.extractor.model.Paper;
import java.util.List;

/**
 * Finds candidate terms, acronym definitions and Chinese names in each paper's own texts. What it returns
 * depends on the paper alone, so results can be stored and ranked again with {@link TermIndex#build}.
 * Implementations are thread-safe.
 */
public sealed interface TermExtractor permits DefaultTermExtractor {

    /**
     * Builds the CoreNLP pipeline once (about a second).
     *
     * @throws io.papergraph.PapergraphException when the CoreNLP models are not on the classpath
     */
    static TermExtractor create(TermOptions options) {
        return new DefaultTermExtractor(options);
    }

    /** Analyses one paper: English title and abstract, English spans and name pairings of the Chinese texts. */
    PaperTerms analyze(Paper paper);

    /** Analyses papers on {@link TermOptions#threads()} threads; results are in input order. */
    List<PaperTerms> analyzeAll(List<Paper> papers);

    /** The English texts of a paper that the analysis runs CoreNLP over, for benchmarks against bare CoreNLP. */
    List<String> englishTexts(Paper paper);
}
