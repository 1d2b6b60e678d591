package io.papergraph.bench.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.testsupport.SampleDigests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusGeneratorTests {

    /** Entry headings of the four layouts, as the sample digests print them. */
    private static final Map<DigestFormat, Pattern> HEADING = Map.of(
            DigestFormat.FIELDS, Pattern.compile("^### (\\d+) (.+)$"),
            DigestFormat.CATEGORY_TOC, Pattern.compile("^### \\[(\\d+)] \\[(.+)]\\(https://arxiv\\.org/abs/([^)]*)\\)$"),
            DigestFormat.PAPERS_FOR_DATE, Pattern.compile("^## (\\d+)\\.\\[(.+)]\\(https://arxiv\\.org/pdf/([^)]*)\\)$"),
            DigestFormat.ANNOUNCEMENT, Pattern.compile("^## \\[(.+)]\\(https://arxiv\\.org/abs/([^)]*)\\)$"));
    private static final Pattern FIELDS_LINK = Pattern.compile("^\\*\\*link\\*\\*: https://arxiv\\.org/pdf/([^ ]*)\\.pdf  $");
    private static final Pattern ARXIV_ID = Pattern.compile("\\d{4}\\.\\d{5}");

    private static SourceMaterial material;

    @BeforeAll
    static void readSampleCorpus() {
        material = SourceMaterial.fromSampleCorpus();
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedOtherBytes(@TempDir Path tmp) throws IOException {
        var generator = new SyntheticCorpusGenerator(material);
        generator.generate(new GeneratorSettings(700, 42, 150, GeneratorSettings.DEFAULT_FIRST_DAY), tmp.resolve("a"));
        generator.generate(new GeneratorSettings(700, 42, 150, GeneratorSettings.DEFAULT_FIRST_DAY), tmp.resolve("b"));
        generator.generate(new GeneratorSettings(700, 43, 150, GeneratorSettings.DEFAULT_FIRST_DAY), tmp.resolve("c"));

        var a = files(tmp.resolve("a"));
        var b = files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));

        var c = files(tmp.resolve("c"));
        var common = a.keySet().stream().filter(c::containsKey).toList();
        assertTrue(common.size() > 4, "both corpora start on the same day: " + common);
        for (var name : common) {
            assertFalse(java.util.Arrays.equals(a.get(name), c.get(name)), name + " differs under another seed");
        }
    }

    @Test
    void theManifestCountsWhatTheDigestsHold(@TempDir Path tmp) throws IOException {
        var manifest = new SyntheticCorpusGenerator(material)
                .generate(new GeneratorSettings(2000, 5, 250, GeneratorSettings.DEFAULT_FIRST_DAY), tmp);

        var fromJson = new ObjectMapper().readTree(tmp.resolve("manifest.json").toFile());
        assertEquals(2000, fromJson.get("distinctPapers").asLong());
        assertEquals(manifest.entries(), fromJson.get("entries").asLong());
        assertEquals(5, fromJson.get("seed").asLong());

        long entries = 0;
        Set<String> ids = new HashSet<>();
        Map<DigestFormat, Integer> filesPerFormat = new EnumMap<>(DigestFormat.class);
        Map<String, Set<Integer>> malformedLines = new HashMap<>();
        for (var bad : manifest.malformed()) {
            malformedLines.computeIfAbsent(bad.file(), f -> new HashSet<>()).add(bad.line());
        }
        for (var digest : manifest.digests()) {
            var lines = Files.readAllLines(tmp.resolve("digests").resolve(digest.file()), StandardCharsets.UTF_8);
            var read = readBack(digest.format(), lines);
            assertEquals(digest.entries(), read.headingLines.size(), digest.file() + " entries");
            assertEquals(digest.papers(), new HashSet<>(read.ids).size(), digest.file() + " distinct papers");
            assertEquals(digest.entries() - digest.malformed(), read.ids.size(), digest.file() + " entries with an id");
            var expectedBad = malformedLines.getOrDefault(digest.file(), Set.of());
            assertEquals(digest.malformed(), expectedBad.size());
            assertEquals(expectedBad, read.linesWithoutId, digest.file() + " malformed entries at the manifest's lines");
            entries += digest.entries();
            ids.addAll(read.ids);
            filesPerFormat.merge(digest.format(), 1, Integer::sum);
        }
        assertEquals(manifest.entries(), entries);
        assertEquals(manifest.distinctPapers(), ids.size());
        assertEquals(manifest.entries(), manifest.distinctPapers() + manifest.relistedAcrossDays()
                + manifest.relistedSameFile() + manifest.malformedEntries());
        assertTrue(manifest.relistedAcrossDays() > 0, "papers listed again on later days");
        assertEquals(manifest.files(), manifest.digests().size());
        for (var format : SyntheticCorpusGenerator.FORMATS) {
            assertEquals(manifest.days(), filesPerFormat.get(format), format + ": one file a day");
            assertEquals(filesPerFormat.get(format), manifest.formats().get(format).files());
            var first = manifest.digests().stream().filter(d -> d.format() == format).findFirst().orElseThrow();
            assertTrue(first.malformed() >= 1, format + ": the first digest holds a malformed entry");
        }
        try (Stream<Path> listing = Files.list(tmp.resolve("digests"))) {
            assertEquals(manifest.files(), listing.count());
        }
    }

    @Test
    void authorsRecurAndTermsFollowALongTail(@TempDir Path tmp) throws IOException {
        var manifest = new SyntheticCorpusGenerator(material)
                .generate(new GeneratorSettings(3000, 9, 380, GeneratorSettings.DEFAULT_FIRST_DAY), tmp);
        assertTrue(manifest.distinctAuthors() < manifest.authorPositions() * 0.8,
                "authors write several papers: " + manifest.distinctAuthors() + " of " + manifest.authorPositions());

        Map<String, Integer> papersPerAuthor = new HashMap<>();
        Map<String, Integer> papersPerAcronym = new HashMap<>();
        var authorLine = Pattern.compile("^\\*(.+)\\*$");
        var definition = Pattern.compile("\\(([A-Z][A-Za-z0-9-]+)\\)");
        for (var digest : manifest.digests()) {
            if (digest.format() != DigestFormat.CATEGORY_TOC) {
                continue;
            }
            for (var line : Files.readAllLines(tmp.resolve("digests").resolve(digest.file()))) {
                Matcher m = authorLine.matcher(line);
                if (m.matches()) {
                    for (var author : m.group(1).split(",")) {
                        papersPerAuthor.merge(author, 1, Integer::sum);
                    }
                }
                if (line.startsWith("Abstract: ")) {
                    var seen = new HashSet<String>();
                    var d = definition.matcher(line);
                    while (d.find()) {
                        if (seen.add(d.group(1))) {
                            papersPerAcronym.merge(d.group(1), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        var productive = papersPerAuthor.values().stream().filter(n -> n >= 5).count();
        assertTrue(productive >= 20, "a core of productive authors, found " + productive);
        var oneOff = papersPerAuthor.values().stream().filter(n -> n == 1).count();
        assertTrue(oneOff > papersPerAuthor.size() / 2, "most authors write once");

        var counts = new ArrayList<>(papersPerAcronym.values());
        counts.sort((x, y) -> y - x);
        assertTrue(counts.get(0) > 20 * counts.get(counts.size() / 2),
                "head terms recur far more often than the median term: " + counts.subList(0, 5));
    }

    @Test
    void papersDefineTheirTermsInEnglishAndChinese() {
        var factory = new PaperFactory(3, 10_000, material);
        int zhPairings = 0;
        for (long n = 0; n < 300; n++) {
            var paper = factory.paper(n, "2501.%05d".formatted(n + 1));
            var main = paper.terms().get(0);
            assertTrue(paper.abstractText().contains(main.name() + " (" + main.acronym() + ")")
                            || paper.abstractText().contains(capitalised(main.name()) + " (" + main.acronym() + ")"),
                    "the abstract defines " + main + ": " + paper.abstractText());
            if (main.nameZh() != null) {
                assertTrue(paper.zh().summary().contains(main.nameZh() + "（" + main.acronym() + "）"), paper.zh().summary());
                zhPairings++;
            }
            assertFalse(paper.authors().isEmpty());
            assertEquals(paper.authors().size(), new HashSet<>(paper.authors()).size(), "no author twice in a byline");
            assertTrue(ARXIV_ID.matcher(paper.arxivId()).matches());
            assertEquals(paper, factory.paper(n, paper.arxivId()), "a paper is a function of its number");
        }
        assertTrue(zhPairings > 30, "Chinese–English pairings such as 检索增强生成（RAG）: " + zhPairings);
    }

    @Test
    void theSampleCorpusYieldsMaterialOfEveryKind() {
        assertTrue(material.terms().stream().anyMatch(t -> t.acronym().equals("RAG") && "检索增强生成".equals(t.nameZh())),
                "retrieval-augmented generation (RAG) with its Chinese name");
        assertTrue(material.terms().size() > 100);
        assertTrue(material.middleSentences().size() > 1000);
        assertTrue(material.givenNames().size() > 300 && material.familyNames().size() > 300);
        assertTrue(material.tags().contains("LLM Memory"));
        assertEquals(64, material.sourceSha256().length());
    }

    @Test
    void theSampleDigestsMatchTheHeadingsTheGeneratorWrites() throws IOException {
        var expected = Map.of("000", 32, "001", 103, "002", 61, "003", 88, "004", 127);
        var formats = Map.of("000", DigestFormat.FIELDS, "001", DigestFormat.CATEGORY_TOC, "002", DigestFormat.PAPERS_FOR_DATE,
                "003", DigestFormat.CATEGORY_TOC, "004", DigestFormat.ANNOUNCEMENT);
        try (Stream<Path> samples = Files.list(SampleDigests.DIRECTORY)) {
            for (var sample : samples.toList()) {
                var prefix = sample.getFileName().toString().substring(0, 3);
                var read = readBack(formats.get(prefix), Files.readAllLines(sample));
                assertEquals(expected.get(prefix), read.headingLines.size(), sample.toString());
                assertEquals(expected.get(prefix), read.ids.size(), sample + ": every sample entry has an id");
            }
        }
    }

    @Test
    void refusesToMixCorporaAndReportsMissingMaterial(@TempDir Path tmp) throws IOException {
        var generator = new SyntheticCorpusGenerator(material);
        generator.generate(GeneratorSettings.of(10, 1), tmp);
        var again = assertThrows(PapergraphException.class, () -> generator.generate(GeneratorSettings.of(10, 1), tmp));
        assertTrue(again.getMessage().contains("is not empty"), again.getMessage());

        Files.writeString(tmp.resolve("only.txt"), "# Papers for 2025-01-01\n", StandardCharsets.UTF_8);
        var thin = assertThrows(PapergraphException.class, () -> SourceMaterial.fromDirectory(tmp));
        assertTrue(thin.getMessage().startsWith("the source digests hold no "), thin.getMessage());
        var none = assertThrows(PapergraphException.class, () -> SourceMaterial.fromDirectory(tmp.resolve("nowhere")));
        assertTrue(none.getMessage().endsWith("not a directory of digests"), none.getMessage());
        var zero = assertThrows(PapergraphException.class, () -> GeneratorSettings.of(0, 1));
        assertTrue(zero.getMessage().startsWith("--papers must be at least 1"), zero.getMessage());
    }

    @Test
    void aDirectoryOfDigestsCanBeTheSource() {
        var fromData = SourceMaterial.fromDirectory(SampleDigests.DIRECTORY);
        assertEquals(material.sourceSha256(), fromData.sourceSha256(), "the built-in sample corpus is data/digests");
        assertEquals(material.terms(), fromData.terms());
        assertNotEquals(material.sourceName(), fromData.sourceName());
    }

    private record ReadBack(List<Integer> headingLines, List<String> ids, Set<Integer> linesWithoutId) {
    }

    /** Reads entries back with the sample's heading patterns, independently of the generator. */
    private static ReadBack readBack(DigestFormat format, List<String> lines) {
        var headings = new ArrayList<Integer>();
        var ids = new ArrayList<String>();
        var withoutId = new HashSet<Integer>();
        var heading = HEADING.get(format);
        for (int i = 0; i < lines.size(); i++) {
            var m = heading.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            headings.add(i + 1);
            int defectLine = i + 1;
            String id = switch (format) {
                case FIELDS -> {
                    String link = null;
                    for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
                        var l = FIELDS_LINK.matcher(lines.get(j));
                        if (l.matches()) {
                            link = l.group(1);
                            defectLine = j + 1;
                        }
                    }
                    yield link;
                }
                case CATEGORY_TOC, PAPERS_FOR_DATE -> m.group(3);
                case ANNOUNCEMENT -> m.group(2);
                case ABSTRACT_DETAILS, GENERIC -> throw new AssertionError("the generator writes no " + format);
            };
            if (id != null && id.endsWith(".pdf")) {
                id = id.substring(0, id.length() - 4);
            }
            if (id != null && ARXIV_ID.matcher(id).matches()) {
                ids.add(id);
            } else {
                withoutId.add(defectLine);
            }
        }
        return new ReadBack(headings, ids, withoutId);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        var files = new HashMap<String, byte[]>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (var file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
