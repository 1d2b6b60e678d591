package io.papergraph.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperMergerTests {

    private final DigestCorpusReader reader = new DigestCorpusReader();

    @Test
    void aPaperListedTwiceInOneDigestIsOnePaperWithTwoListings() {
        var corpus = reader.read(List.of(Fixtures.path("merge/twice-in-one-file.txt")));
        assertEquals(2, corpus.entries());
        assertEquals(1, corpus.papers().size());
        var paper = corpus.papers().get(0);
        assertEquals(List.of(1, 10), paper.listings().stream().map(Listing::line).toList());
        assertEquals(2, paper.version());
        assertEquals(List.of("cs.CL"), paper.categories());
        assertEquals(List.of("LLM Memory"), paper.tags());
        assertEquals(1, corpus.problems().size());
        var problem = corpus.problems().get(0);
        assertEquals(Problem.Severity.WARNING, problem.severity());
        assertEquals(10, problem.line());
        assertTrue(problem.expected().contains("already listed at line 1"), problem.expected());
        assertFalse(problem.entryDropped());
    }

    @Test
    void listingsAcrossDaysAreKeptAndTheRicherRecordWins() {
        var corpus = reader.read(List.of(Fixtures.path("merge/day1.txt"), Fixtures.path("merge/day2.txt")));
        assertEquals(1, corpus.papers().size());
        var paper = corpus.papers().get(0);
        assertEquals("Retracing the Past: LLMs Emit Training Data When They Get Lost", paper.title());
        assertEquals("Large language models memorise training data.", paper.abstractText());
        assertEquals("该论文探讨了大型语言模型对训练数据的记忆问题。", paper.zh().summary());
        assertEquals(List.of("LLM Memory"), paper.tags());
        assertEquals(List.of(new Listing("day1.txt", LocalDate.of(2025, 11, 12), 1, 1, DigestFormat.FIELDS),
                new Listing("day2.txt", LocalDate.of(2025, 11, 13), 1, 3, DigestFormat.ANNOUNCEMENT)), paper.listings());
        assertEquals(1, corpus.problems().size());
        var problem = corpus.problems().get(0);
        assertTrue(problem.file().endsWith("day2.txt"));
        assertEquals(3, problem.line());
        assertTrue(problem.expected().startsWith("expected the same title as the listing in day1.txt:1; kept the richer record from day2.txt:3"),
                problem.expected());
    }

    @Test
    void theChoiceDoesNotDependOnTheOrderTheRecordsArrive() {
        var day1 = reader.readFile(Fixtures.path("merge/day1.txt")).papers().get(0);
        var day2 = reader.readFile(Fixtures.path("merge/day2.txt")).papers().get(0);
        var forward = new PaperMerger();
        forward.add(day1, "day1.txt");
        forward.add(day2, "day2.txt");
        var backward = new PaperMerger();
        backward.add(day2, "day2.txt");
        backward.add(day1, "day1.txt");
        var a = forward.papers().get(0);
        var b = backward.papers().get(0);
        assertEquals(a.title(), b.title());
        assertEquals(a.abstractText(), b.abstractText());
        assertEquals(a.zh(), b.zh());
        assertEquals(a.version(), b.version());
        assertEquals(2, b.listings().size());
    }

    @Test
    void filesAreReadInPathOrderAndOnceWhateverTheOrderTheyAreNamed() {
        var corpus = reader.read(List.of(Fixtures.path("merge/day2.txt"), Fixtures.path("merge/day1.txt"),
                Fixtures.path("merge/day1.txt").getParent()));
        assertEquals(List.of("day1.txt", "day2.txt", "twice-in-one-file.txt"),
                corpus.digests().stream().map(d -> d.file()).toList());
        assertEquals(List.of("day1.txt", "day2.txt", "twice-in-one-file.txt", "twice-in-one-file.txt"),
                corpus.papers().get(0).listings().stream().map(Listing::digest).toList());
    }

    @Test
    void recordsAsRichAsEachOtherAreMergedTheSameWhicheverComesFirst() {
        // Same fields, as many authors, abstracts of one length: only the tie-break on the content decides.
        var early = paper("Sparse Probes of Memory", "Ann Lee", "Abstract one.", List.of("cs.LG"), listing("day1.txt", 12, 1));
        var late = paper("Sparse Probes of Recall", "Ann  Lee", "Abstract two.", List.of("stat.ML"), listing("day2.txt", 13, 4));
        var merged = PaperMerger.merge(early, late);
        var backward = PaperMerger.merge(late, early);
        assertEquals(merged.title(), backward.title());
        assertEquals(merged.abstractText(), backward.abstractText());
        assertEquals(merged.categories(), backward.categories());
        assertEquals("Sparse Probes of Memory", merged.title()); // the content that sorts first
        assertEquals(List.of("cs.LG", "stat.ML"), merged.categories());
        assertEquals(List.of(early.listings().get(0), late.listings().get(0)), merged.listings());
        assertEquals(List.of(late.listings().get(0), early.listings().get(0)), backward.listings());
        assertEquals(new PaperMerger.Merge(merged, true), PaperMerger.mergeOf(early, late), "the first record won");
        assertEquals(new PaperMerger.Merge(backward, false), PaperMerger.mergeOf(late, early), "the second record won");

        var read = new PaperMerger();
        read.add(late, "day2.txt");
        read.add(early, "day1.txt");
        var together = read.papers().get(0);
        assertEquals(merged.title(), together.title());
        assertEquals(merged.categories(), together.categories());
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).expected().contains("kept the richer record from day1.txt:1"),
                read.problems().get(0).expected());
    }

    private static Paper paper(String title, String author, String abstractText, List<String> categories, Listing listing) {
        return new Paper("2601.00042", 1, title, title, "https://arxiv.org/abs/2601.00042", List.of(author), categories,
                categories.get(0), List.of(), abstractText, null, "new", List.of(listing));
    }

    private static Listing listing(String digest, int day, int line) {
        return new Listing(digest, LocalDate.of(2026, 1, day), 1, line, DigestFormat.FIELDS);
    }
}
