package io.papergraph.extractor.digest;

import static io.papergraph.extractor.Fixtures.paper;
import static io.papergraph.extractor.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The general reader on a hand-written reading list in no known layout. */
class GenericDigestParserTests {

    private static final String FIXTURE = "generic/reading-list.md";

    @Test
    void readsAFileInNoKnownLayoutAsGeneric() {
        var digest = read(FIXTURE);
        assertEquals(DigestFormat.GENERIC, digest.info().format());
        assertEquals(LocalDate.of(2025, 5, 12), digest.info().date(), "the date of the heading above the first entry");
        assertEquals(List.of("2505.00101", "2505.00102", "2505.00103", "2505.00104"),
                digest.papers().stream().map(p -> p.arxivId()).toList());
        assertEquals(5, digest.info().entries(), "four papers and a link without a title");
    }

    @Test
    void aHeadingWithTheLinkGivesTitleRankVersionAndTheMarkersTheRest() {
        var paper = paper(read(FIXTURE), "2505.00101");
        assertEquals("Graph Priors for Sparse Retrieval", paper.title());
        assertEquals(3, paper.version());
        assertEquals("https://arxiv.org/abs/2505.00101", paper.url());
        assertEquals(1, paper.listings().get(0).rank());
        assertEquals(5, paper.listings().get(0).line());
        assertEquals(List.of("Ana Lima", "Bo Chen"), paper.authors());
        assertEquals("cs.IR", paper.primaryCategory());
        assertEquals("Sparse retrievers ignore the links between documents. We add a graph prior to the scoring.",
                paper.abstractText());
        assertEquals("稀疏检索器忽略了文档之间的链接。", paper.zh().summary());
    }

    @Test
    void aHeadingTakesTheLinkOnALaterLineWithAuthorsCategoriesAndDetails() {
        var paper = paper(read(FIXTURE), "2505.00102");
        assertEquals("Tokenizers Considered Harmful", paper.title());
        assertEquals(2, paper.listings().get(0).rank());
        assertEquals(15, paper.listings().get(0).line());
        assertEquals(List.of("Carla Diaz", "Dana Okafor"), paper.authors());
        assertEquals(List.of("cs.CL", "cs.LG"), paper.categories());
        assertNull(paper.primaryCategory());
        assertEquals("Byte-level models need no tokenizer.", paper.abstractText());
    }

    @Test
    void listItemsWithABoldTitleOrALinkAreEntries() {
        var digest = read(FIXTURE);
        var bold = paper(digest, "2505.00103");
        assertEquals("Flat Minima in ℝⁿ", bold.title());
        assertEquals("Flat Minima in $\\mathbb{R}^n$", bold.titleRaw());
        assertEquals(3, bold.listings().get(0).rank());
        var linked = paper(digest, "2505.00104");
        assertEquals("Bandits with Delays", linked.title());
        assertEquals(List.of(), linked.authors());
    }

    @Test
    void aLinkWithoutATitleIsAnErrorAndAPaperInRunningTextAWarning() {
        var digest = read(FIXTURE);
        assertEquals(List.of(
                digest.file() + ":27: expected a heading, bold line or list item with the title of the paper this arXiv "
                        + "link names, after the previous paper's link, found \"https://arxiv.org/abs/2505.00105\"",
                digest.file() + ":30: warning: expected a heading, bold line or list item titling this arXiv paper; a paper "
                        + "named in running text is not read as an entry, found \"See also arXiv:2505.00106v2, which we skipped.\""),
                digest.problems().stream().map(Problem::describe).toList());
        assertTrue(digest.problems().get(0).entryDropped());
    }

    @Test
    void aListOfContributionsUnderATitleDoesNotTitleTheLinkAfterIt() {
        var entries = DigestParser.GENERIC.parse(DigestSource.of("d.md", "d.md", """
                ### Routing Without Tears
                We show two things:
                - routers can be sparse
                - experts stay busy
                Read it at [arXiv](https://arxiv.org/abs/2505.00201).

                ## cs.LG
                - Sharper Bounds for Adam
                  arXiv:2505.00202
                """));
        assertEquals(List.of("Routing Without Tears", "Sharper Bounds for Adam"),
                entries.papers().stream().map(p -> p.title()).toList());
        assertEquals(List.of(), entries.problems());
    }

    @Test
    void onlyAFileWithoutAnyArxivIdIsNoDigest() {
        assertTrue(DigestParser.detect(DigestSource.of("n.md", "n.md", "# Notes\n\n- a list\n**bold**\n")).isEmpty());
        var detected = DigestParser.detect(DigestSource.of("n.md", "n.md", "We liked arXiv:2505.00106 a lot this week.\n"));
        assertEquals(DigestFormat.GENERIC, detected.orElseThrow().format());
    }
}
