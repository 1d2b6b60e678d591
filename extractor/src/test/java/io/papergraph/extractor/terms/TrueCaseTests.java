package io.papergraph.extractor.terms;

import static io.papergraph.extractor.terms.Fixtures.EXTRACTOR;
import static io.papergraph.extractor.terms.Fixtures.candidate;
import static io.papergraph.extractor.terms.Fixtures.paper;
import static io.papergraph.extractor.terms.Fixtures.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.terms.PaperTerms.AcronymDefinition;
import io.papergraph.extractor.terms.TrueCase.Word;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Title Case in titles and prose: tagged so that a capital letter makes no lone word a term. */
class TrueCaseTests {

    private static final TrueCase.Names NO_NAMES = new TrueCase.Names(Set.of());

    @Test
    void aTitleCaseTitleIsTaggedInSentenceCaseKeepingAcronymsAndNumberedNames() {
        var title = "Reinforcement Learning with Low-Rank KV Cache Compression for LoRA, GPT-4 and Llama-3";
        assertTrue(TrueCase.Text.of(title).isTitleCase());
        var cased = TrueCase.Text.of(title).sentenceCase(NO_NAMES);
        assertEquals("reinforcement learning with low-rank KV cache compression for LoRA, GPT-4 and Llama-3", cased);
        assertEquals(title.length(), cased.length(), "offsets must still point into the original");
        assertFalse(TrueCase.Text.of("Retrieval-augmented generation for long documents").isTitleCase());
    }

    @Test
    void wordsTheProseWritesCapitalisedInsideSentencesKeepTheirCapitals() {
        var names = TrueCase.Names.of(List.of(TrueCase.Text.of("We train a Transformer encoder with Gaussian noise. The"
                + " Transformer is small, and the noise is gaussian once. We propose Sparse Attention Routing (SAR) for it.")));
        assertEquals(Set.of("transformer"), names.keys(),
                "gaussian is written in lower case as often; words of a Title Case run and at a sentence start are no evidence");
        assertEquals("sparse Transformer routing with gaussian noise",
                TrueCase.Text.of("Sparse Transformer Routing with Gaussian Noise").sentenceCase(names));
    }

    @Test
    void titleCaseRunsAreTwoCapitalisedWordsOrMoreJoinedBySpacesAndFunctionWords() {
        // a sentence's first word starts no run: "The Transformer" is a name after an article
        var text = "Large Language Models help. The Transformer helps. We propose Mixture of Experts routing and Polar Coordinate Decoupling (PCD),"
                + " a Transformer, Hugging Face and LoRA Adapters.";
        var runs = TrueCase.Text.of(text).runs().stream().map(Word::text).toList();
        assertEquals(List.of("Language", "Models", "Mixture", "Experts", "Polar", "Coordinate", "Decoupling",
                "Hugging", "Face"), runs);
    }

    @Test
    void aTitleCaseNameInProseIsOnePhraseAndNoLoneWord() {
        var index = TermIndex.build(List.of(
                EXTRACTOR.analyze(paper("p1", "Reasoning cost", "We propose the Thinking Density metric, which aligns"
                        + " cost with quality.")),
                EXTRACTOR.analyze(paper("p2", "Reasoning budgets", "We measure the Thinking Density of models; the"
                        + " Thinking Density falls with longer answers."))), TermOptions.defaults());
        assertNotNull(term(index, "thinking density"));
        assertNull(term(index, "density"), "the tagger reads Thinking as a gerund and leaves Density alone");
    }

    @Test
    void aTitleCaseExpansionDefinesItsAcronym() {
        var terms = EXTRACTOR.analyze(paper("p1", "Alignment", "We align models through Supervised Fine-Tuning (SFT)"
                + " and preference optimisation. The retriever has two key modules: 1) Polar Coordinate Decoupling (PCD),"
                + " which transforms vectors into angles, and a reranker."));
        assertTrue(terms.acronyms().contains(new AcronymDefinition("sft", "supervised fine tuning", "SFT",
                "Supervised Fine-Tuning")), terms.acronyms().toString());
        assertTrue(terms.acronyms().contains(new AcronymDefinition("pcd", "polar coordinate decoupling", "PCD",
                "Polar Coordinate Decoupling")), terms.acronyms().toString());
        assertEquals(0, candidate(terms, "decoupling").standalone());
    }

    @Test
    void aTitleCaseTitleGivesItsPhrasesAndNoLoneCapitalisedWord() {
        var terms = EXTRACTOR.analyze(paper("p1", "Reinforcement Learning Policies for KV Cache Compression",
                "We compress the key-value cache of language models with a learned policy."));
        assertEquals(1, candidate(terms, "reinforcement learning policy").standalone());
        assertEquals(0, candidate(terms, "reinforcement").standalone());
        assertEquals(1, candidate(terms, "kv cache compression").standalone());
        assertEquals(0, candidate(terms, "cache").standalone());
        assertEquals("KV Cache Compression", candidate(terms, "kv cache compression").forms().keySet().iterator().next(),
                "the surface form is the title's");
    }

    @Test
    void reinforcementLearningInATitleCaseTitleIsATermAndReinforcementAloneIsNot() {
        var index = TermIndex.build(List.of(
                EXTRACTOR.analyze(paper("p1", "Benefits and Pitfalls of Reinforcement Learning for Language Model Planning",
                        "Agents trained with reinforcement learning plan better, but reinforcement learning for planning"
                                + " overfits.")),
                EXTRACTOR.analyze(paper("p2", "Inferring Temporal Logic Formulas to Expedite Reinforcement Learning in"
                        + " Extended Tasks", "Reinforcement learning (RL) is slow on long tasks."))), TermOptions.defaults());
        var term = term(index, "reinforcement learning");
        assertNotNull(term);
        assertNull(term(index, "reinforcement"));
    }

    @Test
    void theNounBeforeTheOfOfATitleCaseNameIsNoPhraseOfItsOwn() {
        var terms = EXTRACTOR.analyze(paper("p1", "Benefits and Pitfalls of Reinforcement Learning for Planning",
                "Mixture of Experts (MoE) models route tokens. We add a Mixture of Shared Attention layer, and a"
                        + " mixture of data sources."));
        assertEquals(0, candidate(terms, "pitfall").standalone());
        assertEquals(1, candidate(terms, "mixture").standalone(), "only the lower-case mixture of data sources");
        assertEquals(3, candidate(terms, "mixture").count());
    }
}
