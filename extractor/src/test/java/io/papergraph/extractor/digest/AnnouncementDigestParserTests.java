package io.papergraph.extractor.digest;

import static io.papergraph.extractor.Fixtures.paper;
import static io.papergraph.extractor.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.papergraph.extractor.model.DigestFormat;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnouncementDigestParserTests {

    @Test
    void readsTheAnnouncementAndBothAbstracts() {
        var digest = read("announcement/complete.txt");
        assertEquals(DigestFormat.ANNOUNCEMENT, digest.info().format());
        assertEquals(LocalDate.of(2025, 6, 9), digest.info().date());
        assertEquals(List.of(), digest.problems());
        var paper = paper(digest, "2506.05508");
        assertEquals(1, paper.version());
        assertEquals("new", paper.announceType());
        assertEquals("As inference scales to multi-node deployments, disaggregation offers a promising path.", paper.abstractText());
        assertEquals("随着推理任务扩展到多节点部署场景，解耦技术提供了可行路径。", paper.zh().summary());
        assertEquals(1, paper.listings().get(0).rank());
        assertEquals(3, paper.listings().get(0).line());
    }

    @Test
    void anEntryWithoutTheChineseSectionIsKept() {
        var paper = paper(read("announcement/complete.txt"), "2504.19565");
        assertEquals(2, paper.version());
        assertEquals("replace-cross", paper.announceType());
        assertNull(paper.zh().summary());
        assertEquals(2, paper.listings().get(0).rank());
    }

    @Test
    void latexAndTagsInTitlesBecomeReadable() {
        var digest = read("announcement/latex-and-tags-in-titles.txt");
        assertEquals("LLM×MapReduce: Simplified Long-Sequence Processing", paper(digest, "2410.09342").title());
        assertEquals("LLM$\\times$MapReduce: Simplified Long-Sequence Processing", paper(digest, "2410.09342").titleRaw());
        assertEquals("Learning 𝒜-Optimal Designs with O(n²) Queries", paper(digest, "2506.00001").title());
        assertEquals("<think> So let's replace this phrase with insult... </think> Lessons Learned from Generation of Toxic Texts",
                paper(digest, "2506.00002").title());
        assertEquals(List.of(), digest.problems());
    }

    @Test
    void htmlEntitiesAreDecoded() {
        var paper = read("announcement/html-entities.txt").papers().get(0);
        assertEquals("The Synergy of LLMs & RL Unlocks Offline Learning with ±1 Rewards", paper.title());
        assertEquals("The Synergy of LLMs &amp; RL Unlocks Offline Learning with &#177;1 Rewards", paper.titleRaw());
        assertEquals("We identify \\textbf{Cross-lingual Collapse}, a systematic drift & more.", paper.abstractText());
    }

    @Test
    void hardWrappedAbstractsAreJoined() {
        var paper = read("announcement/wrapped-abstract.txt").papers().get(0);
        assertEquals("Large language models are increasingly deployed in settings where their outputs must be verified. "
                + "We introduce a self-supervised approach that improves the verification of long answers, and a "
                + "state-of-the-art benchmark for multi-step reasoning.", paper.abstractText());
        assertEquals("大型语言模型越来越多地部署在需要验证其输出的场景中。", paper.zh().summary());
    }

    @Test
    void aHeaderWithoutEntriesIsAnEmptyDigest() {
        var digest = read("announcement/header-only.txt");
        assertEquals(DigestFormat.ANNOUNCEMENT, digest.info().format());
        assertEquals(LocalDate.of(2025, 6, 10), digest.info().date());
        assertEquals(0, digest.info().entries());
        assertEquals(List.of(), digest.problems());
    }
}
