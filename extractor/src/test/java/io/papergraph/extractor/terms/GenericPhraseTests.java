package io.papergraph.extractor.terms;

import static io.papergraph.extractor.terms.Fixtures.EXTRACTOR;
import static io.papergraph.extractor.terms.Fixtures.candidate;
import static io.papergraph.extractor.terms.Fixtures.paper;
import static io.papergraph.extractor.terms.Fixtures.term;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenericPhraseTests {

    @Test
    void genericAcademicPhrasesAreNoTerms() {
        assertFalse(TermRanker.isTermKey("experimental result"));
        assertFalse(TermRanker.isTermKey("extensive experiment"));
        assertFalse(TermRanker.isTermKey("paper"));
        assertFalse(TermRanker.isTermKey("state of the art"));
        assertTrue(TermRanker.isTermKey("kv cache"));
        assertTrue(TermRanker.isTermKey("language model"));
    }

    @Test
    void aLetterWithDigitsNamesATermACountWithItsUnitDoesNot() {
        assertTrue(TermRanker.isTermKey("f1"));
        assertTrue(TermRanker.isTermKey("o3"));
        assertTrue(TermRanker.isTermKey("h100"));
        assertFalse(TermRanker.isTermKey("7b"));
        assertFalse(TermRanker.isTermKey("3.1 8b"));
        assertFalse(TermRanker.isTermKey("5x"));
        assertFalse(TermRanker.isTermKey("b"));
        assertFalse(TermRanker.isTermKey("a b"));
    }

    @Test
    void evaluativeModifiersAreStrippedFromCandidates() {
        var terms = EXTRACTOR.analyze(paper("p1", "Caching", "We propose a novel KV cache policy for existing language models."));
        assertNotNull(candidate(terms, "kv cache policy"));
        assertNull(candidate(terms, "novel kv cache policy"));
        assertNotNull(candidate(terms, "language model"));
        assertNull(candidate(terms, "existing language model"));
    }

    @Test
    void genericPhrasesRecurringInEveryPaperStayOutOfTheIndex() {
        var a = EXTRACTOR.analyze(paper("a", "Sparse autoencoders",
                "This paper trains sparse autoencoders. Extensive experiments show experimental results."));
        var b = EXTRACTOR.analyze(paper("b", "Sparse autoencoders at scale",
                "In this paper, extensive experiments on sparse autoencoders confirm the experimental results."));
        var index = TermIndex.build(List.of(a, b), TermOptions.defaults());
        assertNotNull(term(index, "sparse autoencoder"));
        assertNull(term(index, "paper"));
        assertNull(term(index, "experimental result"));
        assertNull(term(index, "extensive experiment"));
        assertNull(term(index, "experiment"));
    }
}
