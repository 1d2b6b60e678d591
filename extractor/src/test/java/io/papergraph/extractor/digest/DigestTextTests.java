package io.papergraph.extractor.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigestTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LLM$\\times$MapReduce: Long Sequences | LLM×MapReduce: Long Sequences",
        "Learning $\\mathcal{A}$-Optimal Designs | Learning 𝒜-Optimal Designs",
        "Over $\\mathbb{R}^n$ and $\\mathbb{Z}_2$ | Over ℝⁿ and ℤ₂",
        "An $O(n^2)$ Algorithm for $k$-NN | An O(n²) Algorithm for k-NN",
        "$\\alpha$-Divergence with $\\epsilon \\leq 0.1$ | α-Divergence with ε ≤ 0.1",
        "\\textbf{Bold} Claims | Bold Claims",
        "SGG-R$^{\\rm 3}$: Scene Graphs | SGG-R³: Scene Graphs",
        "The $\\exists^*\\forall^*$ Fragment | The ∃*∀* Fragment",
        "$A^\\ast$ Search and $x_*$ | A* Search and x*",
        "From $x_{\\mathrm{min}}$ to $x_\\mathrm{max}$ | From xₘᵢₙ to xₘₐₓ",
        "The $k^{\\text{th}}$ Token, $f^\\prime$ | The kᵗʰ Token, f′",
        "Fitting R\\textsuperscript{2} with H\\textsubscript{2}O | Fitting R² with H₂O",
        "{\\bf Bold} and {\\cal L}-Lipschitz | Bold and ℒ-Lipschitz",
        "No Form for $\\mathcal{O}^{\\rm CF}$ | No Form for 𝒪^(CF)",
        "LLMs &amp; RL with &#177;1 Rewards | LLMs & RL with ±1 Rewards",
        "Sets &#123;A&#125; | Sets {A}",
        "<think> Hmm </think> Lessons | <think> Hmm </think> Lessons",
        "  Spaces   tidied  | Spaces tidied",
    })
    void makesTitlesReadable(String raw, String readable) {
        assertEquals(readable, DigestText.readableTitle(raw));
    }

    @Test
    void joinsHardWrappedLinesAndSplitWords() {
        var text = DigestText.dewrap(List.of(
                "Models are deployed where their",
                "outputs must be verified. We introduce a self-",
                "supervised approach to verifi-",
                "cation and a state-of-the-",
                "art benchmark."));
        assertEquals("Models are deployed where their outputs must be verified. We introduce a self-supervised "
                + "approach to verification and a state-of-the-art benchmark.", text);
    }

    @Test
    void keepsTheHyphenTheTextUsesElsewhere() {
        var text = DigestText.dewrap(List.of("A fine-grained view. We give a fine-", "grained analysis and a pre-",
                "processing step; preprocessing is cheap."));
        assertEquals("A fine-grained view. We give a fine-grained analysis and a preprocessing step; preprocessing is cheap.", text);
    }

    @Test
    void indentedLinesAndBlankLinesStartParagraphs() {
        var text = DigestText.dewrap(List.of("First paragraph", "continues.", "  Second paragraph.", "", "Third."));
        assertEquals("First paragraph continues.\nSecond paragraph.\nThird.", text);
    }

    @Test
    void joinsChineseLinesButKeepsListItems() {
        assertEquals("大型语言模型越来越多地部署在需要验证其输出的场景中。",
                DigestText.joinChinese(List.of("大型语言模型越来越多地部署在需要验证其", "输出的场景中。")));
        assertEquals("方法如下：\n1. 融合内核\n2. LoRA+", DigestText.joinChinese(List.of("方法如下：", "1. 融合内核", "2. LoRA+")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Error", "error.", "Summary generation failed", "N/A",
        "Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'type': 'insufficient_quota'}}",
        "RESOURCE_EXHAUSTED: Quota exceeded for aiplatform.googleapis.com", "生成失败"})
    void recognisesGeneratorFailures(String value) {
        assertTrue(DigestText.generatorFailure(value).isPresent(), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"本文提出了一种新的错误检测方法。", "We study error correction under a quota-based allocation scheme."})
    void keepsRealTextThatMentionsErrors(String value) {
        assertTrue(DigestText.generatorFailure(value).isEmpty(), value);
    }

    @Test
    void tellsCategoryCodesFromTags() {
        assertTrue(DigestText.isCategory("cs.LG"));
        assertTrue(DigestText.isCategory("hep-th"));
        assertTrue(DigestText.isCategory("stat.ML"));
        assertTrue(DigestText.isCategory("physics.comp-ph"));
        assertTrue(DigestText.isCategory("cond-mat.mes-hall"));
        assertTrue(DigestText.isCategory("astro-ph"));
        assertFalse(DigestText.isCategory("LLM Memory"));
        assertFalse(DigestText.isCategory("大模型"));
    }
}
