package io.papergraph.extractor;

import static io.papergraph.extractor.HostileTexts.ABSTRACT;
import static io.papergraph.extractor.HostileTexts.AUTHORS;
import static io.papergraph.extractor.HostileTexts.CHINESE;
import static io.papergraph.extractor.HostileTexts.TAGS;
import static io.papergraph.extractor.HostileTexts.TITLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.Paper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text in every field of every format comes out of the extractor exactly as the digest wrote it:
 * no character is dropped, escaped or replaced (NUL and bidirectional controls included), and the JSON Lines
 * output reads back to the same strings. What the extractor does change is documented in
 * docs/reliability.md; none of it applies to these texts.
 */
class HostileInputTests {

    private static final Map<String, DigestFormat> FORMATS = Map.of("fields.md", DigestFormat.FIELDS,
            "category-toc.md", DigestFormat.CATEGORY_TOC, "papers-for-date.md", DigestFormat.PAPERS_FOR_DATE,
            "announcement.md", DigestFormat.ANNOUNCEMENT);

    @ParameterizedTest
    @ValueSource(strings = {"fields.md", "category-toc.md", "papers-for-date.md", "announcement.md"})
    void everyTitleIsKeptVerbatim(String file) {
        var parsed = new DigestCorpusReader().readFile(HostileTexts.fixture(file));
        assertEquals(FORMATS.get(file), parsed.digest().orElseThrow().format());
        assertEquals(List.of(), parsed.problems(), "the hostile digest is a valid digest");
        var papers = byId(parsed.papers());
        assertEquals(TITLES.size(), papers.size());
        for (int i = 0; i < TITLES.size(); i++) {
            var paper = papers.get(HostileTexts.arxivId(i));
            assertEquals(TITLES.get(i), paper.titleRaw(), "raw title " + i);
            assertEquals(TITLES.get(i), paper.title(), "title " + i);
        }
        assertTrue(TITLES.get(4).getBytes(StandardCharsets.UTF_8).length > 100 * 1024, "a title of over 100 KB");
    }

    @Test
    void authorsTagsAndAbstractsAreKeptVerbatim() {
        var fields = byId(new DigestCorpusReader().readFile(HostileTexts.fixture("fields.md")).papers());
        var first = fields.get(HostileTexts.arxivId(0));
        assertEquals(AUTHORS, first.authors());
        assertEquals(TAGS, first.tags());
        assertEquals(List.of(), first.categories());
        fields.values().forEach(p -> assertEquals(ABSTRACT, p.abstractText()));

        var toc = byId(new DigestCorpusReader().readFile(HostileTexts.fixture("category-toc.md")).papers());
        for (var paper : toc.values()) {
            assertEquals(AUTHORS, paper.authors());
            assertEquals(ABSTRACT, paper.abstractText());
            assertEquals(CHINESE, paper.zh().tldr());
            assertEquals(List.of("cs.CR"), paper.categories());
        }

        var announcement = byId(new DigestCorpusReader().readFile(HostileTexts.fixture("announcement.md")).papers());
        for (var paper : announcement.values()) {
            assertEquals(ABSTRACT, paper.abstractText());
            assertEquals(CHINESE, paper.zh().summary());
        }

        var pfd = byId(new DigestCorpusReader().readFile(HostileTexts.fixture("papers-for-date.md")).papers());
        for (var paper : pfd.values()) {
            assertEquals(TAGS, paper.zh().keywords());
            assertEquals(CHINESE, paper.zh().summary());
            assertNull(paper.abstractText());
        }
    }

    @Test
    void theJsonLinesOutputReadsBackToTheSameTexts(@TempDir Path dir) {
        var corpus = new DigestCorpusReader().read(HostileTexts.FILES.stream().map(HostileTexts::fixture).toList());
        var out = dir.resolve("papers.jsonl");
        JsonLines.write(out, corpus.papers());
        assertEquals(corpus.papers(), JsonLines.read(out, Paper.class));
    }

    @Test
    void theJsonLinesOutputEscapesControlCharacters(@TempDir Path dir) throws Exception {
        var corpus = new DigestCorpusReader().read(List.of(HostileTexts.fixture("fields.md")));
        var out = dir.resolve("papers.jsonl");
        JsonLines.write(out, corpus.papers());
        var text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.indexOf('\u0000') < 0, "a raw NUL in the JSON output");
        assertTrue(text.contains("NUL\\u0000byte"), "NUL written as the JSON escape \\u0000");
        assertEquals(corpus.papers().size(), text.lines().count(), "one line per paper: no raw line break inside a value");
    }

    private static Map<String, Paper> byId(List<Paper> papers) {
        return papers.stream().collect(Collectors.toMap(Paper::arxivId, Function.identity()));
    }
}
