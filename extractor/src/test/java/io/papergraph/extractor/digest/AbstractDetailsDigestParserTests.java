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

/** The earlier layout of the category generator, on a hand-written fixture with one entry missing its byline. */
class AbstractDetailsDigestParserTests {

    private static final String FIXTURE = "details/2025-04-08.md";

    @Test
    void isDetectedFromItsContentAndDatedByItsFileName() {
        var digest = read(FIXTURE);
        assertEquals(DigestFormat.ABSTRACT_DETAILS, digest.info().format());
        assertEquals(LocalDate.of(2025, 4, 8), digest.info().date());
        assertEquals(4, digest.info().entries());
        assertEquals(List.of("2504.10001", "2504.10002", "2504.10003", "2504.10004"),
                digest.papers().stream().map(p -> p.arxivId()).toList());
        assertEquals(List.of(1, 2, 3, 4), digest.papers().stream().map(p -> p.listings().get(0).rank()).toList());
    }

    @Test
    void readsTheBylineAndTheHardWrappedAbstract() {
        var paper = paper(read(FIXTURE), "2504.10001");
        assertEquals("Sparse Routers for Tiny Mixture-of-Experts Models", paper.title());
        assertEquals(List.of("Ana Lima", "Bo Chen", "Carla Diaz"), paper.authors());
        assertEquals("We study routing in mixture-of-experts models with very few experts. A sparse router trained "
                + "with a load penalty keeps every expert busy.", paper.abstractText());
        assertEquals(List.of(), paper.categories());
        assertNull(paper.zh().summary());
        assertEquals(1, paper.listings().get(0).line());
    }

    @Test
    void anIndentedBlockIsOneParagraphAndTheTitleLosesItsLatex() {
        var paper = paper(read(FIXTURE), "2504.10002");
        assertEquals("SGG-R³: Relational Reasoning for Scene Graphs", paper.title());
        assertEquals("SGG-R$^{\\rm 3}$: Relational Reasoning for Scene Graphs", paper.titleRaw());
        assertEquals(2, paper.version());
        assertEquals(List.of("Dana Okafor", "Eli Novak"), paper.authors());
        assertEquals("Scene graph generation labels objects and the relations between them. "
                + "We add a reasoning step that checks each relation twice.", paper.abstractText());
    }

    @Test
    void aMissingBylineIsAWarningAtItsLineAndTheEntryKeepsItsAbstract() {
        var digest = read(FIXTURE);
        var problem = digest.problems().stream().filter(p -> p.line() == 20).findFirst().orElseThrow();
        assertEquals(1, digest.problems().size(), digest.problems().toString());
        assertEquals(Problem.Severity.WARNING, problem.severity());
        assertTrue(problem.describe().startsWith(digest.file() + ":20: warning: expected the authors as *Name,Name* "
                + "on the line after the heading"), problem.describe());
        assertTrue(problem.found().startsWith("<details><summary>Abstract</summary> The fragment"), problem.found());
        var paper = paper(digest, "2504.10003");
        assertEquals(List.of(), paper.authors());
        assertEquals("Quantifier Games over the ∃*∀* Fragment", paper.title());
        assertEquals("The fragment admits a short game characterisation.", paper.abstractText());
    }

    @Test
    void blankAndIndentedLinesInTheAbstractStartParagraphs() {
        var paper = paper(read(FIXTURE), "2504.10004");
        assertEquals("Byte-level models count tokens differently.\nA second paragraph starts here.", paper.abstractText());
    }

    @Test
    void aMissingOrUnclosedAbstractIsAWarningAndTheOtherEntriesGoThrough() {
        var source = DigestSource.of("day.md", "day.md", """
                ### [No Abstract Here](https://arxiv.org/abs/2504.20001)
                *Ana Lima*

                ### [Unclosed Details](https://arxiv.org/abs/2504.20002)
                *Bo Chen*
                <details><summary>Abstract</summary>
                Text that never closes.

                ### [Fine](https://arxiv.org/abs/2504.20003)
                *Carla Diaz*
                <details><summary>Abstract</summary>Fine text.</details>
                """);
        var entries = new AbstractDetailsDigestParser().parse(source);
        assertEquals(3, entries.papers().size());
        assertEquals(List.of("day.md:1: warning: expected the abstract as <details><summary>Abstract</summary> … </details>;"
                        + " the entry is kept without it, found \"### [No Abstract Here](https://arxiv.org/abs/2504.20001)\"",
                "day.md:7: warning: expected </details> after the abstract; kept the text up to the next entry, "
                        + "found \"Text that never closes.\""),
                entries.problems().stream().map(Problem::describe).toList());
        assertEquals("Text that never closes.", entries.papers().get(1).abstractText());
        assertEquals("Fine text.", entries.papers().get(2).abstractText());
    }

    @Test
    void theCategoryLayoutKeepsItsNumberedHeadingsAndTheLayoutItsUnnumberedOnes() {
        var parser = new AbstractDetailsDigestParser();
        assertEquals(0, parser.signature(DigestSource.of("a", "a", "### [1] [Title](https://arxiv.org/abs/2504.10001)")));
        assertEquals(0, parser.signature(DigestSource.of("a", "a", "### [Title](https://example.org/paper)")));
        assertEquals(1, parser.signature(DigestSource.of("a", "a", "### [Title](https://arxiv.org/abs/2504.10001)")));
    }
}
