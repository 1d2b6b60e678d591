package io.papergraph.extractor.digest;

import static io.papergraph.extractor.Fixtures.paper;
import static io.papergraph.extractor.Fixtures.read;
import static io.papergraph.extractor.Fixtures.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.model.DigestFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTocDigestParserTests {

    @Test
    void readsEveryFieldOfAnEntry() {
        var digest = read("toc/complete.txt");
        assertEquals(DigestFormat.CATEGORY_TOC, digest.info().format());
        assertNull(digest.info().date());
        assertEquals(List.of(), digest.problems());
        var paper = paper(digest, "2601.02361");
        assertEquals("GCRank: A Generative Contextual Comprehension Paradigm for Takeout Ranking Model", paper.title());
        assertEquals(List.of("Ziheng Ni", "Congcong Liu", "Min sung Choi"), paper.authors());
        assertEquals("cs.IR", paper.primaryCategory());
        assertEquals(List.of("cs.IR"), paper.categories());
        assertEquals("提出了一种新的生成式框架。", paper.zh().tldr());
        assertEquals("现有广告排序模型依赖碎片化模块。", paper.zh().motivation());
        assertEquals("提出生成式上下文框架。", paper.zh().method());
        assertEquals("在关键业务指标上取得显著提升。", paper.zh().result());
        assertEquals("这项工作为生成式推荐提供了新视角。", paper.zh().conclusion());
        assertEquals("The ranking stage serves as the central optimization hub.\n"
                + "To address these limitations, we propose a novel generative framework.", paper.abstractText());
        assertEquals(13, paper.listings().get(0).line());
        assertEquals(1, paper.listings().get(0).rank());
    }

    @Test
    void theSectionCategoryFollowsTheMainCategory() {
        var paper = paper(read("toc/complete.txt"), "2601.02514");
        assertEquals("cs.LG", paper.primaryCategory());
        assertEquals(List.of("cs.LG", "cs.AI"), paper.categories());
        assertEquals(List.of("Ahmad Terra", "Martin Törngren"), paper.authors());
        assertEquals(2, paper.listings().get(0).rank());
    }

    @Test
    void headingsWithoutNumbersAreRankedByPosition() {
        var digest = read("toc/unnumbered-headings.txt");
        assertEquals(List.of(1, 2), digest.papers().stream().map(p -> p.listings().get(0).rank()).toList());
        assertEquals(List.of("Ahmad Terra"), digest.papers().get(1).authors());
    }

    @Test
    void aMissingClosingParenthesisIsAWarningOnly() {
        var digest = read("toc/missing-paren.txt");
        assertEquals(1, digest.papers().size());
        assertEquals("2601.02361", digest.papers().get(0).arxivId());
        assertEquals(1, warnings(digest).size());
        assertEquals(3, warnings(digest).get(0).line());
        assertTrue(warnings(digest).get(0).expected().contains("closing parenthesis"));
    }

    @Test
    void bracketsInsideTheTitleStayInTheTitle() {
        var paper = read("toc/brackets-in-title.txt").papers().get(0);
        assertEquals("[De|Re]constructing Attention: A Study of [MASK] Tokens", paper.title());
        assertEquals("2512.20638", paper.arxivId());
    }

    @Test
    void readsTheOlderLayout() {
        var digest = read("toc/older-layout.txt");
        assertEquals(List.of(), digest.problems());
        var paper = digest.papers().get(0);
        assertEquals("旧版的一句话总结。", paper.zh().tldr());
        assertEquals("旧版的任务描述。", paper.zh().motivation());
        assertEquals("We study an older layout where the abstract sits directly under the summary tag and is wrapped.",
                paper.abstractText());
    }

    @Test
    void numberedMethodAndResultKeepTheirItems() {
        var paper = read("toc/numbered-method.txt").papers().get(0);
        assertEquals("1. 融合Triton内核\n2. Cut Cross-Entropy\n3. LoRA+", paper.zh().method());
        assertEquals("1. 全微调加速3.51倍\n2. LoRA加速4.10倍", paper.zh().result());
        assertEquals("显著提升训练效率。", paper.zh().conclusion());
    }

    @Test
    void failedGeneratorFieldsAreReportedAndNeverBecomeData() {
        var digest = read("toc/failed-generation.txt");
        assertEquals(1, digest.papers().size());
        var paper = digest.papers().get(0);
        assertNull(paper.zh().tldr());
        assertNull(paper.zh().motivation());
        assertNull(paper.zh().method());
        assertEquals("结果正常。", paper.zh().result());
        assertEquals("The English abstract is fine.", paper.abstractText());
        var warnings = warnings(digest);
        assertEquals(List.of(8, 13, 15), warnings.stream().map(p -> p.line()).toList());
        assertEquals("Error", warnings.get(0).found());
        assertEquals("Summary generation failed", warnings.get(1).found());
        assertTrue(warnings.get(2).found().contains("exceeded your current quota"));
        assertTrue(warnings.stream().noneMatch(p -> p.entryDropped()));
    }
}
