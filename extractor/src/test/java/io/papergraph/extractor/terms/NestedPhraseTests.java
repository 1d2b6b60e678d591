package io.papergraph.extractor.terms;

import static io.papergraph.extractor.terms.Fixtures.EXTRACTOR;
import static io.papergraph.extractor.terms.Fixtures.paper;
import static io.papergraph.extractor.terms.Fixtures.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases that never stand alone: the head of several longer phrases is a term, a piece of one is not. */
class NestedPhraseTests {

    private static TermIndex index(String... abstracts) {
        var papers = new ArrayList<PaperTerms>();
        for (int i = 0; i < abstracts.length; i++) {
            papers.add(EXTRACTOR.analyze(paper("p" + i, "Students", abstracts[i])));
        }
        return TermIndex.build(papers, TermOptions.defaults());
    }

    @Test
    void aPhraseHeadingTwoLongerPhrasesIsATerm() {
        var index = index("We propose sparse knowledge distillation for small students.",
                "We apply multi-teacher knowledge distillation to small students.");
        assertNotNull(term(index, "knowledge distillation"));
    }

    @Test
    void aPhraseInsideOneLongerPhraseOnlyIsNot() {
        var index = index("We propose sparse knowledge distillation for small students.",
                "We apply sparse knowledge distillation to small students.");
        assertNotNull(term(index, "sparse knowledge distillation"));
        assertNull(term(index, "knowledge distillation"));
    }

    @Test
    void aSuffixThatCutsAPhraseOfItsOwnIsNoHead() {
        var index = index("Deep learning and machine learning are everywhere. We train deep learning models and machine learning models.",
                "Machine learning and deep learning help. We compare machine learning models with deep learning models.");
        assertNotNull(term(index, "deep learning"));
        assertNull(term(index, "learning model"));
    }

    @Test
    void headsCountOnlyLongerPhrasesThatStandAlone() {
        var sums = new ArrayList<List<String>>();
        TermRanker.headPhrases("multi teacher knowledge distillation", (suffix, boundary) -> sums.add(List.of(suffix, boundary)));
        assertEquals(List.of(List.of("teacher knowledge distillation", "multi teacher"),
                List.of("knowledge distillation", "teacher knowledge")), sums);
    }
}
