package io.papergraph.extractor.terms;

import static io.papergraph.extractor.terms.Fixtures.EXTRACTOR;
import static io.papergraph.extractor.terms.Fixtures.paper;
import static io.papergraph.extractor.terms.Fixtures.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.terms.PaperTerms.AcronymDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymTests {

    @Test
    void longFormStartsAtTheWordOfTheFirstLetter() {
        var text = "we study Retrieval-Augmented Generation";
        assertEquals(text.indexOf("Retrieval"), SchwartzHearst.longFormStart("RAG", text));
        var llm = "the memory of large language models";
        assertEquals(llm.indexOf("large"), SchwartzHearst.longFormStart("LLMs", llm));
        assertEquals(-1, SchwartzHearst.longFormStart("XYZ", "no such letters here"));
    }

    @Test
    void definitionInParenthesesPairsAcronymAndExpansion() {
        var terms = EXTRACTOR.analyze(paper("p1", "A study",
                "We propose Retrieval-Augmented Generation (RAG) for question answering. RAG retrieves passages."));
        assertEquals(List.of(new AcronymDefinition("rag", "retrieval augmented generation", "RAG",
                "Retrieval-Augmented Generation")), terms.acronyms());
        assertEquals(2, Fixtures.candidate(terms, "rag").count());
    }

    @Test
    void pluralAcronymDefinesTheSingularKey() {
        var terms = EXTRACTOR.analyze(paper("p1", "Memory",
                "Large language models (LLMs) memorise training data."));
        assertEquals("llm", terms.acronyms().get(0).acronymKey());
        assertEquals("large language model", terms.acronyms().get(0).expansionKey());
    }

    @Test
    void bareAcronymsMergeIntoTheExpansionAcrossPapers() {
        var defining = EXTRACTOR.analyze(paper("a", "Grounding",
                "Retrieval-augmented generation (RAG) grounds answers in retrieved passages."));
        var bare = EXTRACTOR.analyze(paper("b", "RAG for medicine", "We evaluate RAG pipelines on clinical notes."));
        var index = TermIndex.build(List.of(defining, bare), TermOptions.defaults());
        var rag = term(index, "retrieval augmented generation");
        assertNotNull(rag, () -> "terms: " + index.terms());
        assertEquals(2, rag.df());
        assertEquals("RAG", rag.acronym());
        assertEquals("Retrieval-augmented generation", rag.name());
        assertNull(term(index, "rag"));
        assertTrue(index.mentionsOf("b").stream().anyMatch(m -> m.termKey().equals(rag.key()) && m.inTitle()));
    }

    @Test
    void expansionsAreResolvedByVotesAndRealMeaningsStayApart() {
        var rl1 = definition("p1", "rl", "reinforcement learning");
        var rl2 = definition("p2", "rl", "reinforcement learning");
        var rl3 = definition("p3", "rl", "representation learning");
        var bare = new PaperTerms("p4", List.of(candidateOf("rl")), List.of(), List.of());
        var resolver = AcronymResolver.resolve(List.of(rl1, rl2, rl3, bare));
        assertEquals("reinforcement learning", resolver.forPaper(bare).apply("rl"));
        assertEquals("representation learning", resolver.forPaper(rl3).apply("rl"));
        assertEquals("reinforcement learning", resolver.forPaper(rl1).apply("rl"));
    }

    @Test
    void expansionVariantsFoldOntoTheMostVotedOne() {
        var a = definition("p1", "rag", "retrieval augmented generation");
        var b = definition("p2", "rag", "retrieval augmented generation");
        var c = definition("p3", "rag", "retrieval augmentation generation");
        var resolver = AcronymResolver.resolve(List.of(a, b, c));
        assertEquals("retrieval augmented generation", resolver.forPaper(c).apply("retrieval augmentation generation"));
        assertEquals("retrieval augmented generation", resolver.forPaper(c).apply("rag"));
    }

    private static PaperTerms definition(String id, String acronym, String expansion) {
        return new PaperTerms(id, List.of(candidateOf(acronym), candidateOf(expansion)),
                List.of(new AcronymDefinition(acronym, expansion, acronym.toUpperCase(), expansion)), List.of());
    }

    static PaperTerms.Candidate candidateOf(String key) {
        return new PaperTerms.Candidate(key, 1, 1, false, 0, java.util.Map.of(key, 1));
    }
}
