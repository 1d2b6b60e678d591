package io.papergraph.extractor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCorpusReaderTests {

    private static DigestCorpus sample;

    @BeforeAll
    static void readSampleCorpus() {
        sample = new DigestCorpusReader().read(List.of(Fixtures.SAMPLE_CORPUS));
    }

    private static Paper samplePaper(String arxivId) {
        return sample.papers().stream().filter(p -> p.arxivId().equals(arxivId)).findFirst().orElseThrow();
    }

    @Test
    void theSampleCorpusHoldsFourHundredElevenDistinctPapers() {
        assertEquals(5, sample.files());
        assertEquals(List.of(32, 103, 61, 88, 127), sample.digests().stream().map(DigestInfo::entries).toList());
        assertEquals(List.of(32, 103, 61, 88, 127), sample.digests().stream().map(DigestInfo::papers).toList());
        assertEquals(411, sample.entries());
        assertEquals(411, sample.papers().size());
        var digestsPerPaper = sample.papers().stream().map(p -> p.listings().stream().map(Listing::digest).distinct().count());
        assertTrue(digestsPerPaper.allMatch(n -> n == 1), "no paper is in two files");
        assertEquals(List.of(), sample.problems());
    }

    @Test
    void theSampleCorpusHoldsEightHundredNinetyTwoAuthorPositions() {
        assertEquals(892, sample.authorPositions());
        Map<String, Integer> perDigest = new HashMap<>();
        for (var paper : sample.papers()) {
            perDigest.merge(paper.listings().get(0).digest(), paper.authors().size(), Integer::sum);
        }
        assertEquals(496, perDigest.get("001_7d4dfe1d692b6f6f.txt"));
        assertEquals(396, perDigest.get("003_15443def748f1dbe.txt"));
    }

    @Test
    void digestsCarryFormatDateAndContentHash() throws IOException {
        var first = sample.digests().get(0);
        assertEquals("000_58d367911e4c672a.txt", first.file());
        assertEquals(DigestFormat.FIELDS, first.format());
        assertEquals(LocalDate.of(2025, 11, 12), first.date());
        assertEquals(64, first.contentHash().length());
        assertEquals(LocalDate.of(2025, 10, 2), sample.digests().get(2).date());
        assertEquals(LocalDate.of(2025, 6, 9), sample.digests().get(4).date());
        assertNull(sample.digests().get(1).date(), "the category digest prints no date");
        var hashes = new HashSet<String>();
        sample.digests().forEach(d -> hashes.add(d.contentHash()));
        assertEquals(5, hashes.size());
    }

    @Test
    void factsFromTheSampleDigests() {
        var gcRank = samplePaper("2512.20638");
        assertEquals("Uncovering Competency Gaps in Large Language Models and Their Benchmarks", gcRank.title());
        assertEquals(List.of("Matyas Bohacek", "Nino Scherrer", "Nicholas Dufour", "Thomas Leung", "Christoph Bregler",
                "Stephanie C. Y. Chan"), gcRank.authors());
        assertEquals("cs.CL", gcRank.primaryCategory());

        var textual = samplePaper("2601.02514");
        assertEquals(new Listing("001_7d4dfe1d692b6f6f.txt", null, 21, 483, DigestFormat.CATEGORY_TOC), textual.listings().get(0));
        assertEquals("Martin Törngren", textual.authors().get(4));

        var synergy = samplePaper("2412.06877");
        assertEquals("The Synergy of LLMs & RL Unlocks Offline Learning of Generalizable Language-Conditioned Policies "
                + "with Low-fidelity Data", synergy.title());
        assertEquals(2, synergy.version());

        var selfAbstraction = samplePaper("2511.05931");
        assertEquals(List.of("cs.AI"), selfAbstraction.categories());
        assertEquals(32, selfAbstraction.listings().get(0).rank());
        assertEquals(280, selfAbstraction.listings().get(0).line());

        var geoRemover = samplePaper("2509.18538");
        assertEquals(60, geoRemover.listings().get(0).rank());
        assertEquals("object removal", geoRemover.zh().keywords().get(0));
        assertEquals(List.of("LLM Memory"), samplePaper("2511.05518").tags());
    }

    @Test
    void badFilesGetOneProblemEachAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.path("other/not-a-digest.txt"), dir.resolve("a-notes.txt"));
        Files.copy(Fixtures.path("other/empty.txt"), dir.resolve("b-empty.txt"));
        Files.copy(Fixtures.path("other/latin1.txt"), dir.resolve("c-latin1.txt"));
        Files.copy(Fixtures.path("fields/preamble-and-closing.txt"), dir.resolve("d-digest.txt"));
        Files.writeString(dir.resolve(".hidden"), "not read");
        var missing = dir.resolve("missing.txt");

        var corpus = new DigestCorpusReader().read(List.of(dir, missing));

        assertEquals(5, corpus.files());
        assertEquals(1, corpus.digests().size());
        assertEquals(2, corpus.papers().size());
        var problems = corpus.problems().stream().map(Problem::describe).toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith(dir.resolve("a-notes.txt") + ":1: expected a digest in one of the known formats"), problems.get(0));
        assertTrue(problems.get(0).endsWith("found \"Dear colleagues,\""), problems.get(0));
        assertEquals(dir.resolve("b-empty.txt") + ": expected a digest, found \"an empty file\"", problems.get(1));
        assertEquals(dir.resolve("c-latin1.txt") + ":3: expected UTF-8 text, found \"byte 0xe9 at byte offset 34 is not valid UTF-8\"",
                problems.get(2));
        assertEquals(missing + ": expected a digest file or a directory of digests, found \"no such file\"", problems.get(3));
        assertTrue(corpus.problems().stream().noneMatch(Problem::entryDropped));
    }

    @Test
    void aFileThatOnlyLooksLikeAKnownLayoutGoesToTheGeneralReader(@TempDir Path dir) throws IOException {
        var file = Files.writeString(dir.resolve("list.md"), """
                # Papers for 2025-05-01

                - [Graph Priors for Sparse Retrieval](https://arxiv.org/abs/2505.00101)
                - [Bandits with Delays](https://arxiv.org/pdf/2505.00104v2)
                """);
        var parsed = new DigestCorpusReader().readFile(file);
        var info = parsed.digest().orElseThrow();
        assertEquals(DigestFormat.GENERIC, info.format());
        assertEquals(LocalDate.of(2025, 5, 1), info.date());
        assertEquals(List.of("2505.00101", "2505.00104"), parsed.papers().stream().map(Paper::arxivId).toList());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkChangeNothing(@TempDir Path dir) throws IOException {
        var original = Files.readString(Fixtures.path("toc/complete.txt"));
        var windows = Files.writeString(dir.resolve("windows.txt"), "\uFEFF" + original.replace("\n", "\r\n"));
        var expected = Fixtures.read("toc/complete.txt").papers();
        var actual = new DigestCorpusReader().readFile(windows);
        assertEquals(List.of(), actual.problems());
        assertEquals(expected.size(), actual.papers().size());
        for (int i = 0; i < expected.size(); i++) {
            var want = expected.get(i);
            var got = actual.papers().get(i);
            assertEquals(List.of(want.title(), want.authors(), want.categories(), want.abstractText(), want.zh()),
                    List.of(got.title(), got.authors(), got.categories(), got.abstractText(), got.zh()));
        }
        assertEquals(13, actual.papers().get(0).listings().get(0).line());
    }

    @Test
    void entriesSeenEqualPapersKeptPlusEntriesReported() {
        var corpus = new DigestCorpusReader().read(List.of(Fixtures.path("fields/bad-links.txt"), Fixtures.SAMPLE_CORPUS));
        assertEquals(414, corpus.entries());
        assertEquals(412, corpus.entriesKept());
        assertEquals(2, corpus.entriesDropped());
        assertEquals(corpus.entries(), corpus.entriesKept() + corpus.entriesDropped());
    }

    @Test
    void papersRoundTripThroughJsonLines(@TempDir Path dir) {
        var file = dir.resolve("papers.jsonl");
        JsonLines.write(file, sample.papers());
        assertEquals(sample.papers(), JsonLines.read(file, Paper.class));
        var digests = dir.resolve("digests.jsonl");
        JsonLines.write(digests, sample.digests());
        assertEquals(sample.digests(), JsonLines.read(digests, DigestInfo.class));
    }

    @Test
    void jsonUsesTheDocumentedFieldNames() throws IOException {
        var json = JsonLines.mapper().writeValueAsString(samplePaper("2412.06877"));
        for (var field : List.of("\"arxivId\":\"2412.06877\"", "\"version\":2", "\"title\":", "\"titleRaw\":", "\"url\":",
                "\"authors\":", "\"categories\":", "\"tags\":", "\"abstract\":", "\"zh\":{\"summary\":",
                "\"keywords\":[]", "\"announceType\":\"replace-cross\"",
                "\"listings\":[{\"digest\":\"004_550b361b9cc0b56f.txt\",\"date\":\"2025-06-09\",\"rank\":")) {
            assertTrue(json.contains(field), field + " in " + json);
        }
    }
}
