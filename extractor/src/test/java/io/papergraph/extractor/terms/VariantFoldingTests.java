package io.papergraph.extractor.terms;

import static io.papergraph.extractor.terms.Fixtures.EXTRACTOR;
import static io.papergraph.extractor.terms.Fixtures.candidate;
import static io.papergraph.extractor.terms.Fixtures.paper;
import static io.papergraph.extractor.terms.Fixtures.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantFoldingTests {

    @Test
    void hyphenSpacePluralAndCaseVariantsShareOneKey() {
        var terms = EXTRACTOR.analyze(paper("p1", "KV Cache Compression",
                "The KV-cache grows with context. We merge KV caches and evict entries of the kv cache."));
        var kv = candidate(terms, "kv cache");
        assertNotNull(kv, () -> "candidates: " + terms.candidates());
        assertEquals(4, kv.count());
        assertTrue(kv.inTitle());
        assertEquals(Map.of("KV Cache", 1, "KV-cache", 1, "KV caches", 1, "kv cache", 1), kv.forms());
    }

    @Test
    void hyphenatedCompoundsAndModelNamesAreOneWord() {
        var terms = EXTRACTOR.analyze(paper("p1", "Tests", "We compare GPT-4 with text-to-speech systems."));
        assertNotNull(candidate(terms, "gpt 4"), () -> "candidates: " + terms.candidates());
        assertNotNull(candidate(terms, "text to speech system"), () -> "candidates: " + terms.candidates());
    }

    @Test
    void displayNameIsTheMostFrequentSurfaceForm() {
        var a = EXTRACTOR.analyze(paper("a", "Sparse autoencoders", "Sparse autoencoders find features. Sparse autoencoders scale."));
        var b = EXTRACTOR.analyze(paper("b", "Interpretability", "A sparse autoencoder explains activations."));
        var index = TermIndex.build(List.of(a, b), TermOptions.defaults());
        var sae = term(index, "sparse autoencoder");
        assertNotNull(sae, () -> "terms: " + index.terms());
        assertEquals("Sparse autoencoders", sae.name());
        assertEquals(2, sae.df());
        assertTrue(sae.aliases().contains("sparse autoencoder"));
    }

    @Test
    void rankingDoesNotDependOnInputOrderAndRoundTripsThroughJackson() throws Exception {
        var a = EXTRACTOR.analyze(paper("a", "Sparse autoencoders for language models",
                "Sparse autoencoders (SAEs) decompose language model activations."));
        var b = EXTRACTOR.analyze(paper("b", "Steering language models", "SAEs steer large language models."));
        var c = EXTRACTOR.analyze(paper("c", "Probing", "Linear probes read language model activations."));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var json = mapper.writeValueAsString(b);
        assertEquals(b, mapper.readValue(json, PaperTerms.class));
        var forward = TermIndex.build(List.of(a, b, c), TermOptions.defaults());
        var backward = TermIndex.build(List.of(c, mapper.readValue(json, PaperTerms.class), a), TermOptions.defaults());
        assertEquals(forward, backward);
        assertNotNull(term(forward, "sparse autoencoder"));
        assertEquals(2, term(forward, "sparse autoencoder").df());
    }
}
