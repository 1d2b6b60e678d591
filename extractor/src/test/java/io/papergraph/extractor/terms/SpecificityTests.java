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

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words of general English, links, markup, counts and clause verbs do not become terms; specific words do. */
class SpecificityTests {

    @Test
    void aCommonEnglishWordIsNotSpecificUnlessTheCorpusUsesItFarMoreOften() {
        var totals = new Specificity.WordTotals(1_000, 500);
        // "information" is about 1 in 11,000 words of general English: 1 in 1,000 here is ~11 times that.
        assertFalse(Specificity.isSpecific("information", 1, 1, 1, 0, totals));
        // 1 in 10 is ~1,100 times that: the corpus uses it as its own.
        assertTrue(Specificity.isSpecific("information", 1, 100, 50, 0, totals));
        // A word general English hardly knows is specific at any share.
        assertTrue(Specificity.isSpecific("quantization", 1, 2, 1, 0, new Specificity.WordTotals(100_000, 50_000)));
    }

    @Test
    void aWordFrequentOnlyInsideLongerTermsIsNotSpecificOnItsOwn() {
        var totals = new Specificity.WordTotals(1_000, 500);
        // 100 occurrences, as in "information retrieval" and "information flow", but 1 of 500 where it stands alone.
        assertFalse(Specificity.isSpecific("information", 1, 100, 1, 0, totals));
        assertTrue(Specificity.isSpecific("information", 1, 100, 40, 0, totals));
        assertFalse(Specificity.isSpecific("quantization", 1, 2, 0, 0, totals), "never alone: a piece of longer terms");
    }

    @Test
    void acronymsNamesAndPhrasesAreNotJudgedByGeneralFrequency() {
        var totals = new Specificity.WordTotals(100_000, 50_000);
        assertTrue(Specificity.isSpecific("clip", 1, 10, 0, 8, totals), "written CLIP most of the time");
        assertTrue(Specificity.isSpecific("information flow", 2, 10, 0, 0, totals));
        assertTrue(Specificity.isNamedForm("LoRA"));
        assertTrue(Specificity.isNamedForm("GPT-4"));
        assertTrue(Specificity.isNamedForm("CLIP"));
        assertFalse(Specificity.isNamedForm("Transformer"));
        assertFalse(Specificity.isNamedForm("attention"));
    }

    @Test
    void generalEnglishFrequenciesOrderEverydayWordsBeforeTechnicalOnes() {
        var english = GeneralEnglish.reference();
        assertTrue(english.logShare("information") > english.logShare("quantization"));
        assertTrue(english.logShare("the") > english.logShare("information"));
        assertEquals(english.logShare("no-such-word-anywhere"), english.logShare("another-unknown-word"));
    }

    @Test
    void linksMarkupAndCodeAreBlankedAtTheirOffsets() {
        var text = "Code at https://github.com/a/b and \\textbf{Parallel Reasoning} in <b>bold</b> via run_eval.py.";
        var blanked = ProseText.blankNonProse(text);
        assertEquals(text.length(), blanked.length());
        assertFalse(blanked.contains("https"));
        assertFalse(blanked.contains("github"));
        assertFalse(blanked.contains("textbf"));
        assertFalse(blanked.contains("<b>"));
        assertFalse(blanked.contains("run_eval"));
        assertTrue(blanked.contains("{Parallel Reasoning}"));
        assertEquals(text.indexOf("Parallel"), blanked.indexOf("Parallel"));
        assertEquals("详见      ", ProseText.blankNonProse("详见" + "\textbf"), "a \\text command whose \\t became a tab");
        assertFalse(ProseText.blankNonProse("详见https://huggingface.co/x。").contains("huggingface"));
    }

    @Test
    void linksAndMarkupNeverBecomeCandidates() {
        var terms = EXTRACTOR.analyze(paper("p1", "Parallel latent reasoning",
                "We propose \\textbf{Parallel Latent Reasoning}. Code is available at https://github.com/org/plr-code "
                        + "and www.example.org/plr."));
        assertNotNull(candidate(terms, "parallel latent reasoning"));
        for (var key : List.of("https", "github", "textbf", "www", "example", "org")) {
            assertNull(candidate(terms, key), key);
        }
    }

    @Test
    void countsAndClauseVerbsAreNotPartOfTerms() {
        var terms = EXTRACTOR.analyze(paper("p1", "Sparse autoencoders",
                "Sparse autoencoders have shown promise. We train two sparse autoencoders on 7B parameters."));
        assertNull(candidate(terms, "shown promise"));
        assertNull(candidate(terms, "two sparse autoencoder"));
        assertNotNull(candidate(terms, "sparse autoencoder"));
        assertNull(candidate(terms, "b parameter"));
    }

    @Test
    void everydayWordsStayOutOfTheIndexWhileSpecificOnesStay() {
        // Two papers with "answer" and "quantization" in a corpus of 20,000 single-word occurrences: "answer" is
        // as common there as in general English, "quantization" is not a word of general English at all.
        var papers = List.of(paperOf("a"), paperOf("b"));
        var index = TermIndex.build(papers, TermOptions.defaults());
        assertNotNull(term(index, "quantization"));
        assertNull(term(index, "answer"));
        var ranked = RankingState.of(papers, TermOptions.defaults());
        assertEquals(index.terms(), ranked.state().terms(), "the kept ranking state agrees");
    }

    private static PaperTerms paperOf(String id) {
        return new PaperTerms(id, List.of(
                new PaperTerms.Candidate("answer", 2, 2, false, 0, java.util.Map.of("answer", 2)),
                new PaperTerms.Candidate("quantization", 2, 2, false, 1, java.util.Map.of("quantization", 2)),
                new PaperTerms.Candidate("zzkfiller", 9_996, 9_996, false, 2, java.util.Map.of("zzkfiller", 9_996))), List.of(), List.of());
    }
}
