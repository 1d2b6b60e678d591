package io.papergraph.extractor.digest;

import static io.papergraph.extractor.Fixtures.paper;
import static io.papergraph.extractor.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldsDigestParserTests {

    @Test
    void textBeforeAndAfterTheEntriesIsNotTakenForPapers() {
        var digest = read("fields/preamble-and-closing.txt");
        assertEquals(DigestFormat.FIELDS, digest.info().format());
        assertEquals(2, digest.info().entries());
        assertEquals(List.of("2511.05518", "2511.05534"), digest.papers().stream().map(Paper::arxivId).toList());
        assertEquals(List.of(), digest.problems());
        var first = paper(digest, "2511.05518");
        assertEquals("Retracing the Past: LLMs Emit Training Data When They Get Lost", first.title());
        assertEquals(List.of("LLM Memory"), first.tags());
        assertEquals(List.of(), first.categories());
        assertEquals("该论文探讨了大型语言模型对训练数据的记忆问题。", first.zh().summary());
        assertEquals(5, first.listings().get(0).line());
        assertEquals(1, first.listings().get(0).rank());
        var second = paper(digest, "2511.05534");
        assertEquals(List.of("cs.CL"), second.categories());
        assertEquals(List.of(), second.tags());
    }

    @Test
    void headingsWithoutNumbersAreRankedByPosition() {
        var digest = read("fields/unnumbered-headings.txt");
        assertEquals(List.of(1, 2), digest.papers().stream().map(p -> p.listings().get(0).rank()).toList());
        assertEquals("FlowMM: Cross-Modal Information Flow Guided KV Cache Merging", digest.papers().get(1).title());
    }

    @Test
    void entriesWithoutSeparatorsEndAtTheNextHeading() {
        var digest = read("fields/no-separators.txt");
        assertEquals(3, digest.papers().size());
        assertEquals("传统的KV缓存驱逐策略基于注意力分数丢弃不太关键的KV对。", paper(digest, "2511.05534").zh().summary());
        assertEquals(List.of(), digest.problems());
    }

    @Test
    void entriesMayLackDateKeywordsOrChineseSummary() {
        var digest = read("fields/missing-fields.txt");
        assertEquals(4, digest.papers().size());
        assertEquals(List.of(), digest.problems());
        // the digest's date is the one most entries give; an entry without a date is listed on it
        assertEquals(LocalDate.of(2025, 11, 12), digest.info().date());
        assertEquals(LocalDate.of(2025, 11, 12), paper(digest, "2511.05518").listings().get(0).date());
        assertEquals(LocalDate.of(2025, 11, 13), paper(digest, "2511.05534").listings().get(0).date());
        assertEquals(List.of(), paper(digest, "2511.05534").tags());
        assertNull(paper(digest, "2511.05784").zh().summary());
        assertTrue(paper(digest, "2511.05784").zh().isEmpty());
    }

    @Test
    void everyLinkFormNamesOnePaper() {
        var digest = read("fields/link-forms.txt");
        assertEquals(List.of("2511.00001", "2511.00002", "2511.00003", "2511.00004", "2511.00005", "hep-th/9901001"),
                digest.papers().stream().map(Paper::arxivId).toList());
        assertEquals(3, paper(digest, "2511.00004").version());
        assertEquals(2, paper(digest, "2511.00005").version());
        assertNull(paper(digest, "2511.00003").version());
        assertEquals("https://arxiv.org/abs/2511.00003", paper(digest, "2511.00003").url());
        assertEquals("https://arxiv.org/abs/hep-th/9901001", paper(digest, "hep-th/9901001").url());
    }

    @Test
    void entriesWithoutAnArxivLinkAreReportedAndLeftOut() {
        var digest = read("fields/bad-links.txt");
        assertEquals(3, digest.info().entries());
        assertEquals(1, digest.info().papers());
        assertEquals(List.of("2511.05518"), digest.papers().stream().map(Paper::arxivId).toList());
        var problems = digest.problems();
        assertEquals(2, problems.size());
        assertTrue(problems.stream().allMatch(Problem::entryDropped));
        assertEquals(10, problems.get(0).line());
        assertEquals("https://openreview.net/forum?id=abc123", problems.get(0).found());
        assertTrue(problems.get(0).describe().endsWith("bad-links.txt:10: expected an arXiv link "
                + "(https://arxiv.org/abs/ID or .../pdf/ID), found \"https://openreview.net/forum?id=abc123\""),
                problems.get(0).describe());
        assertEquals(15, problems.get(1).line());
        assertEquals("### 3 An Entry Without A Link", problems.get(1).found());
    }
}
