package io.papergraph.extractor.digest;

import static io.papergraph.extractor.Fixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Digests whose text names no date take one from their file name, else from a heading above the entries. */
class DigestDateFallbackTests {

    private static final String D001 = "001_7d4dfe1d692b6f6f.txt";

    @TempDir
    Path dir;

    @Test
    void theSampleTableOfContentsDigestHasNoDateOfItsOwn() {
        var digest = new DigestCorpusReader().readFile(Fixtures.SAMPLE_CORPUS.resolve(D001));
        assertNull(digest.info().date());
        assertEquals(103, digest.papers().size());
        digest.papers().forEach(p -> assertNull(p.listings().get(0).date(), p.arxivId()));
    }

    @Test
    void theSampleDigestUnderADatedFileNameTakesThatDateForEveryListing() throws IOException {
        var copy = Files.copy(Fixtures.SAMPLE_CORPUS.resolve(D001), dir.resolve("2026-01-06_cs.txt"));
        var digest = new DigestCorpusReader().readFile(copy);
        assertEquals(LocalDate.of(2026, 1, 6), digest.info().date());
        assertEquals(103, digest.papers().size());
        digest.papers().forEach(p -> assertEquals(LocalDate.of(2026, 1, 6), p.listings().get(0).date(), p.arxivId()));
        assertEquals(List.of(), digest.problems());
    }

    @Test
    void aDateInAHeadingAboveTheEntriesIsTheDigestDate() {
        var digest = read("dates/toc-dated-heading.txt");
        assertEquals(LocalDate.of(2026, 1, 7), digest.info().date());
        assertEquals(LocalDate.of(2026, 1, 7), digest.papers().get(0).listings().get(0).date());
    }

    @Test
    void theDateInTheTextWinsOverTheFileName() throws IOException {
        var copy = Files.copy(Fixtures.path("pfd/header-only.txt"), dir.resolve("2020-01-01.txt"));
        assertEquals(LocalDate.of(2025, 10, 3), new DigestCorpusReader().readFile(copy).info().date());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            2026-01-06.md                 | 2026-01-06
            digest_2026_01_06.txt         | 2026-01-06
            arxiv.2026.01.06.md           | 2026-01-06
            cs-20260106.txt               | 2026-01-06
            2026-13-45_then-20260107.txt  | 2026-01-07
            001_7d4dfe1d692b6f6f.txt      | none
            a20260106b.txt                | none
            2026-01-0612.txt              | none
            1234-01-01.txt                | none
            """)
    void datesInFileNames(String name, String expected) {
        var source = DigestSource.of(name, name, "");
        assertEquals(expected == null ? null : LocalDate.parse(expected), Drafts.fallbackDate(source, 1));
    }
}
