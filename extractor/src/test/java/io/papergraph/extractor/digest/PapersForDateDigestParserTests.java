package io.papergraph.extractor.digest;

import static io.papergraph.extractor.Fixtures.paper;
import static io.papergraph.extractor.Fixtures.read;
import static io.papergraph.extractor.Fixtures.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.papergraph.extractor.model.DigestFormat;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PapersForDateDigestParserTests {

    @Test
    void readsEveryKeywordSpelling() {
        var digest = read("pfd/keyword-prefixes.txt");
        assertEquals(DigestFormat.PAPERS_FOR_DATE, digest.info().format());
        assertEquals(LocalDate.of(2025, 10, 2), digest.info().date());
        assertEquals(List.of(), digest.problems());
        assertEquals(List.of("Dragon Hatchling (BDH)", "生物启发网络", "状态空间模型"), paper(digest, "2509.26507").zh().keywords());
        assertEquals("该论文提出了一种新型大语言模型架构。", paper(digest, "2509.26507").zh().summary());
        assertEquals(List.of("大语言模型", "真实性", "强化学习"), paper(digest, "2509.24002").zh().keywords());
        assertEquals(List.of("视觉先验", "多模态大语言模型", "语言预训练"), paper(digest, "2509.25541").zh().keywords());
        assertEquals("该研究揭示了视觉先验的来源。", paper(digest, "2509.25541").zh().summary());
        assertEquals(List.of("深度伪造痕迹", "奖励模型"), paper(digest, "2509.22646").zh().keywords());
        assertEquals("该研究引入了新基准。", paper(digest, "2509.22646").zh().tldr());
        // keywords are Chinese texts of the digest, not tags
        assertEquals(List.of(), paper(digest, "2509.26507").tags());
    }

    @Test
    void labelledPartsFillTheChineseTexts() {
        var paper = paper(read("pfd/keyword-prefixes.txt"), "2509.23873");
        assertEquals(List.of("Muon优化器", "联想记忆"), paper.zh().keywords());
        assertEquals("本研究揭示了Muon的机制。", paper.zh().tldr());
        assertEquals("阐明Muon优于Adam的原因。", paper.zh().motivation());
        assertEquals("组件消融与理论分析。", paper.zh().method());
        assertEquals("Muon更均衡。", paper.zh().result());
        assertEquals("重尾数据上选择Muon。", paper.zh().conclusion());
        assertEquals(3, paper.listings().get(0).rank());
        assertEquals(14, paper.listings().get(0).line());
    }

    @Test
    void sectionLabelsAreStructureNotSummaryText() {
        var digest = read("pfd/section-labels.txt");
        assertEquals(List.of(), digest.problems());
        var paper = paper(digest, "2509.23873");
        assertEquals(List.of("Muon优化器", "联想记忆"), paper.zh().keywords());
        assertEquals("本研究揭示了Muon的机制。 阐明Muon优于Adam的原因。 1) 组件消融：对VO注意力权重做消融。2) "
                + "Linear Associative Memory：理论分析。 Muon更均衡。 重尾数据上选择Muon。 仅在小模型上验证。", paper.zh().summary());
        // a label the parser has no name for still ends its predecessor's text
        assertEquals("重尾数据上选择Muon。", paper.zh().conclusion());
        assertEquals("1) 组件消融：对VO注意力权重做消融。2) Linear Associative Memory：理论分析。", paper.zh().method());
        var lines = paper(digest, "2509.24002");
        assertEquals(List.of("强化学习", "真实性"), lines.zh().keywords());
        assertEquals("本文提出TruthRL。", lines.zh().tldr());
        assertEquals("本文提出TruthRL。 如何扩展到多模态？", lines.zh().summary());
    }

    @Test
    void headingsWithoutNumbersAreRankedByPosition() {
        var digest = read("pfd/unnumbered-headings.txt");
        assertEquals(List.of(1, 2), digest.papers().stream().map(p -> p.listings().get(0).rank()).toList());
        assertEquals("MCPMark: A Benchmark", digest.papers().get(1).title());
    }

    @Test
    void aFailedSummaryIsReportedAndLeftOut() {
        var digest = read("pfd/summary-generation-failed.txt");
        assertEquals(2, digest.papers().size());
        assertNull(paper(digest, "2509.26507").zh().summary());
        assertEquals("该研究提出了新基准。", paper(digest, "2509.24002").zh().summary());
        assertEquals(1, warnings(digest).size());
        assertEquals(4, warnings(digest).get(0).line());
        assertEquals("Summary generation failed", warnings(digest).get(0).found());
    }

    @Test
    void aHeaderWithoutEntriesIsAnEmptyDigest() {
        var digest = read("pfd/header-only.txt");
        assertEquals(DigestFormat.PAPERS_FOR_DATE, digest.info().format());
        assertEquals(LocalDate.of(2025, 10, 3), digest.info().date());
        assertEquals(0, digest.info().entries());
        assertEquals(List.of(), digest.papers());
        assertEquals(List.of(), digest.problems());
    }

    @Test
    void aRankOfSevenDigitsIsStillAnEntry() {
        var source = DigestSource.of("big-rank.md", "big-rank.md",
                "# Papers for 2025-10-02\n\n## 1234567.[A paper far down the list](https://arxiv.org/pdf/2509.26507)\nsummary: 摘要。\n");
        var entries = new PapersForDateDigestParser().parse(source);
        assertEquals(1, entries.entries());
        assertEquals(1234567, entries.papers().get(0).listings().get(0).rank());
        assertEquals("A paper far down the list", entries.papers().get(0).title());
    }
}
