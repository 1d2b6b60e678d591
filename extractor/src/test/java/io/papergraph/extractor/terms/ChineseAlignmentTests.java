package io.papergraph.extractor.terms;

import static io.papergraph.extractor.terms.Fixtures.EXTRACTOR;
import static io.papergraph.extractor.terms.Fixtures.candidate;
import static io.papergraph.extractor.terms.Fixtures.chinesePaper;
import static io.papergraph.extractor.terms.Fixtures.paper;
import static io.papergraph.extractor.terms.Fixtures.term;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.terms.PaperTerms.ChineseName;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseAlignmentTests {

    @Test
    void nameBeforeAnAcronymInParenthesesIsPaired() {
        var terms = EXTRACTOR.analyze(chinesePaper("z1", "Grounded answers",
                "本文提出了一种基于检索增强生成（RAG）的问答方法，RAG 降低了幻觉。", List.of()));
        assertTrue(terms.namesZh().contains(new ChineseName("检索增强生成", "rag", "RAG")), () -> "names: " + terms.namesZh());
        assertEquals(2, candidate(terms, "rag").count());
    }

    @Test
    void boldKeywordWithPluralAcronymIsPaired() {
        var terms = EXTRACTOR.analyze(chinesePaper("z2", "Vision", null,
                List.of("**视觉语言模型 (VLMs)**", "**Chain-of-Thought (思维链)**", "纯中文关键词")));
        assertTrue(terms.namesZh().contains(new ChineseName("视觉语言模型", "vlm", "VLMs")), () -> "names: " + terms.namesZh());
        assertTrue(terms.namesZh().contains(new ChineseName("思维链", "chain of thought", "Chain-of-Thought")),
                () -> "names: " + terms.namesZh());
    }

    @Test
    void glossWithExpansionAndAcronymDefinesTheAcronym() {
        var terms = EXTRACTOR.analyze(chinesePaper("z3", "Sparse features",
                "我们训练稀疏自编码器（Sparse Autoencoders, SAEs）来解释激活。", List.of()));
        assertTrue(terms.namesZh().contains(new ChineseName("稀疏自编码器", "sparse autoencoder", "Sparse Autoencoders")));
        assertEquals("sae", terms.acronyms().get(0).acronymKey());
        assertEquals("sparse autoencoder", terms.acronyms().get(0).expansionKey());
    }

    @Test
    void textBeforeTheNameIsLeftOut() {
        assertEquals("强化学习", DefaultTermExtractor.trimChineseName("现有强化学习"));
        var terms = EXTRACTOR.analyze(chinesePaper("z4", "Agents",
                "在真实场景中训练智能体的强化学习（RL）方法。", List.of()));
        assertTrue(terms.namesZh().contains(new ChineseName("强化学习", "rl", "RL")), () -> "names: " + terms.namesZh());
    }

    @Test
    void chineseNamesLandOnTheMergedTerm() {
        var english = EXTRACTOR.analyze(paper("e1", "Memorisation", "Large language models (LLMs) memorise data."));
        var zh1 = EXTRACTOR.analyze(chinesePaper("z1", "Unlearning", "大型语言模型（LLM）的遗忘技术至关重要。", List.of()));
        var zh2 = EXTRACTOR.analyze(chinesePaper("z2", "Editing", "针对大语言模型（LLMs）的知识编辑。", List.of()));
        var index = TermIndex.build(List.of(english, zh1, zh2), TermOptions.defaults());
        var llm = term(index, "large language model");
        assertNotNull(llm, () -> "terms: " + index.terms());
        assertEquals(3, llm.df());
        assertEquals("LLMs", llm.acronym());
        assertTrue(llm.namesZh().containsAll(List.of("大型语言模型", "大语言模型")), () -> "names: " + llm.namesZh());
    }
}
