package io.papergraph.bench.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.Problem;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated corpus parsed back with the digest parsers gives what its manifest says. */
class SyntheticCorpusRoundTripTests {

    @Test
    void theParsersReadBackWhatTheManifestSays(@TempDir Path tmp) {
        var manifest = new SyntheticCorpusGenerator(SourceMaterial.fromSampleCorpus())
                .generate(new GeneratorSettings(500, 21, 120, GeneratorSettings.DEFAULT_FIRST_DAY), tmp);
        var corpus = new DigestCorpusReader().read(List.of(tmp.resolve(manifest.digestDirectory())));

        assertEquals(manifest.files(), corpus.files());
        assertEquals(manifest.files(), corpus.digests().size(), "every file is recognised as a digest");
        assertEquals(manifest.entries(), corpus.entries());
        assertEquals(500, corpus.papers().size());
        assertEquals(manifest.distinctPapers(), corpus.papers().size());
        assertEquals(manifest.malformedEntries(), corpus.entriesDropped());
        assertEquals(corpus.entries(), corpus.entriesKept() + corpus.entriesDropped(),
                "entries seen = entries kept + entries reported");
        assertEquals(manifest.entries() - manifest.malformedEntries(), corpus.entriesKept());
        assertEquals(manifest.authorPositions(), corpus.authorPositions());
        assertEquals(manifest.distinctAuthors(), corpus.distinctAuthors());

        Set<String> dropped = corpus.problems().stream().filter(Problem::entryDropped)
                .map(p -> Path.of(p.file()).getFileName() + ":" + p.line()).collect(Collectors.toSet());
        Set<String> expected = manifest.malformed().stream().map(m -> m.file() + ":" + m.line()).collect(Collectors.toSet());
        assertEquals(expected, dropped, "each malformed entry is reported at the manifest's line");

        Map<DigestFormat, Integer> detected = new EnumMap<>(DigestFormat.class);
        for (var digest : corpus.digests()) {
            var written = manifest.digests().stream().filter(d -> d.file().equals(Path.of(digest.file()).getFileName().toString()))
                    .findFirst().orElseThrow();
            assertEquals(written.format(), digest.format(), digest.file() + ": format detected from the content");
            assertEquals(written.entries(), digest.entries(), digest.file());
            detected.merge(digest.format(), 1, Integer::sum);
        }
        assertEquals(4, detected.size(), "all four formats: " + detected);

        for (var paper : corpus.papers()) {
            assertTrue(paper.url().endsWith(paper.arxivId()), paper.url());
            assertTrue(!paper.title().contains("&amp;") && !paper.title().contains("&#"),
                    "HTML entities of sample titles are decoded: " + paper.title());
            var formats = paper.listings().stream().map(l -> l.format()).collect(Collectors.toSet());
            if (formats.contains(DigestFormat.CATEGORY_TOC) || formats.contains(DigestFormat.ANNOUNCEMENT)) {
                assertNotNull(paper.abstractText(), paper.arxivId() + ": English abstract");
            }
            if (formats.contains(DigestFormat.CATEGORY_TOC)) {
                assertTrue(!paper.authors().isEmpty() && paper.zh().tldr() != null && paper.zh().method() != null,
                        paper.arxivId() + ": byline and Chinese fields");
            } else {
                assertNotNull(paper.zh().summary(), paper.arxivId() + ": Chinese summary");
            }
        }
        long relisted = corpus.papers().stream().filter(p -> p.listings().size() > 1).count();
        assertTrue(relisted > 0 && relisted <= manifest.relistedAcrossDays() + manifest.relistedSameFile(),
                "papers listed more than once: " + relisted);
    }
}
