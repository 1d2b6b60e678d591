package io.papergraph.extractor.digest;

import static io.papergraph.extractor.ParseProperties.assertAccounted;
import static io.papergraph.extractor.ParseProperties.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs a fuzzer cannot reach (it mutates inputs of a few KB): 10 MB single lines in entry headings, 1 MB
 * lines in every other place a parser reads a line, deeply nested brackets, and hundreds of thousands of tiny entries. Each must parse within a deadline, with
 * every entry accounted for. The deadlines are generous (a slow shared CI machine must pass); what they
 * catch is quadratic or exponential work, which takes hours on such inputs.
 */
class HugeDigestIT {

    private static final int TEN_MB = 10 << 20;
    private static final int ONE_MB = 1 << 20;
    private static final Duration HUGE_LINE_DEADLINE = Duration.ofSeconds(60);
    /**
     * Entries of the many-entries tests: 300,000 in the default build (its time budget), a million with
     * {@code -Dpapergraph.huge.all=true}; the deadline scales with them. Quadratic work on 300,000 entries still
     * takes far longer than the deadline (4.5 × 10^10 steps), linear work a second or two.
     */
    private static final int ENTRIES = Boolean.getBoolean("papergraph.huge.all") ? 1_000_000 : 300_000;
    private static final Duration MANY_ENTRIES_DEADLINE = Duration.ofSeconds(ENTRIES / 25_000 * 3L);

    /**
     * Shapes of a huge line (every shape in every format and place with {@code -Dpapergraph.huge.all=true}): plain words, runs of the characters the line patterns look for (spaces, hashes,
     * stars, brackets, entity starts), nested LaTeX commands, hyphenated breaks, and headings, labels and tags
     * followed by a long run of spaces.
     */
    static Stream<Arguments> hugeLines() {
        var fills = List.<IntFunction<String>>of(
                n -> "a".repeat(n),
                n -> "a ".repeat(n / 2),
                n -> "a" + " ".repeat(n) + "b",
                n -> "# ".repeat(n / 2) + "x",
                n -> "**".repeat(n / 4) + " ".repeat(n / 2) + "x",
                n -> "[".repeat(n / 2) + "]".repeat(n / 2),
                n -> "](".repeat(n / 2),
                n -> "$" + "\\text{".repeat(n / 12) + "x" + "}".repeat(n / 12) + "$",
                n -> "&#".repeat(n / 2),
                n -> "ab-".repeat(n / 3),
                n -> "Keywords" + " ".repeat(n) + "x",
                n -> "## 1 a" + " ".repeat(n) + "b",
                n -> "### a" + " ".repeat(n) + "b",
                n -> "<summary>a" + " ".repeat(n) + "b");
        var formats = DigestFormat.values();
        if (Boolean.getBoolean("papergraph.huge.all")) {
            return fills.stream().flatMap(fill -> Stream.of(formats).flatMap(format -> Stream.of(
                    Arguments.of(format, "heading", fill), Arguments.of(format, "body", fill))));
        }
        // The default build keeps to the 15-minute CI budget: each shape once in a heading and once in a body,
        // the formats taking turns, so that every format meets both places and most shapes.
        return IntStream.range(0, fills.size()).boxed().flatMap(i -> Stream.of(
                Arguments.of(formats[i % formats.length], "heading", fills.get(i)),
                Arguments.of(formats[(i + 2) % formats.length], "body", fills.get(i))));
    }

    @ParameterizedTest(name = "{0}: huge {1} lines of shape {index}")
    @MethodSource("hugeLines")
    void tenMegabyteLinesParseInTime(DigestFormat format, String where, IntFunction<String> fill) throws Exception {
        var text = where.equals("heading") ? entryWithHugeHeading(format, fill.apply(TEN_MB), fill.apply(ONE_MB))
                : entryWithHugeBody(format, fill.apply(ONE_MB));
        var source = DigestSource.of("huge.md", "huge.md", text);
        var parser = parser(format);
        var entries = within(HUGE_LINE_DEADLINE, () -> parser.parse(source));
        assertAccounted(entries.entries(), entries.papers(), entries.problems(), source.lineCount());
        var detected = within(HUGE_LINE_DEADLINE, () -> DigestParser.detect(source));
        assertTrue(detected.isEmpty() || detected.get().signature(source) > 0);
    }

    /** One entry whose title is {@code huge}, and one whose link ends in {@code tail}. */
    private static String entryWithHugeHeading(DigestFormat format, String huge, String tail) {
        var link = "https://arxiv.org/abs/2501.00001";
        return switch (format) {
            case FIELDS -> "### 1 " + huge + "\n**link**: " + link + "\n\n### 2 T\n**link**: " + link + tail + "\n";
            case CATEGORY_TOC -> "# Table of Contents\n\n### [1] [" + huge + "](" + link + ")\n\n### [2] [T](" + link + tail + ")\n";
            case PAPERS_FOR_DATE -> "# Papers for 2025-01-01\n\n## 1.[" + huge + "](" + link + ")\n\n## 2.[T](" + link + tail + ")\n";
            case ANNOUNCEMENT -> "# 2025-01-01-10\n\n## [" + huge + "](" + link + ")\n\n## [T](" + link + tail + ")\n";
            case ABSTRACT_DETAILS -> "### [" + huge + "](" + link + ")\n\n### [T](" + link + tail + ")\n";
            case GENERIC -> "- **" + huge + "** " + link + "\n\n**T**\n" + link + tail + "\n";
        };
    }

    /**
     * One entry each of whose body lines (byline, fields, abstract, summary, text between them) is the huge text
     * (1 MB here, so that an entry stays below 10 MB: quadratic work on 1 MB still takes hours).
     */
    private static String entryWithHugeBody(DigestFormat format, String huge) {
        var link = "https://arxiv.org/abs/2501.00001";
        return switch (format) {
            case FIELDS -> "### 1 T\n**link**: " + link + "\n**date**: " + huge + "\n**keywords**: " + huge
                    + "\n**abs**: " + huge + "\n" + huge + "\n**" + huge + "**: x\n";
            case CATEGORY_TOC -> "# Table of Contents\n\n# cs.LG [[Back]](#toc)\n\n### [1] [T](" + link + ")\n*" + huge
                    + "*\nMain category: " + huge + "\nTL;DR: " + huge + "\n<details>\nMotivation: " + huge + "\n" + huge
                    + "\nAbstract: " + huge + "\n</details>\n";
            case PAPERS_FOR_DATE -> "# Papers for " + huge + "\n\n## 1.[T](" + link + ")\nsummary: **" + huge + "** "
                    + huge + "\n" + huge + "\n";
            case ANNOUNCEMENT -> "# 2025-01-01-10\n\n## [T](" + link + ")\n### Abstract\narXiv:" + huge + " Announce Type: "
                    + huge + "\nAbstract: " + huge + "\n" + huge + "\n### 摘要\n" + huge + "\n";
            case ABSTRACT_DETAILS -> "### [T](" + link + ")\n*" + huge + "*\n<details><summary>Abstract</summary>" + huge
                    + "\n" + huge + "\n</details>\n";
            case GENERIC -> "## T\n" + huge + "\nAuthors: " + huge + "\n" + link + "\n<details><summary>" + huge
                    + "</summary>\nAbstract: " + huge + "\n" + huge + "\nMain category: " + huge + "\n摘要：" + huge + "\n";
        };
    }

    @ParameterizedTest
    @EnumSource(DigestFormat.class)
    void anAbstractOfAMillionHardWrappedLinesParsesInTime(DigestFormat format) throws Exception {
        var lines = "ab-\n".repeat(1_000_000);
        var text = switch (format) {
            case FIELDS -> "### 1 T\n**link**: https://arxiv.org/abs/2501.00001\n**abs**: " + lines;
            case CATEGORY_TOC -> "### [1] [T](https://arxiv.org/abs/2501.00001)\n<details>\nAbstract: " + lines + "</details>\n";
            case PAPERS_FOR_DATE -> "# Papers for 2025-01-01\n## 1.[T](https://arxiv.org/pdf/2501.00001)\nsummary: " + lines;
            case ANNOUNCEMENT -> "# 2025-01-01-10\n## [T](https://arxiv.org/abs/2501.00001)\n### Abstract\nAbstract: " + lines;
            case ABSTRACT_DETAILS -> "### [T](https://arxiv.org/abs/2501.00001)\n*A*\n<details><summary>Abstract</summary>\n"
                    + lines + "</details>\n";
            case GENERIC -> "## T\nhttps://arxiv.org/abs/2501.00001\nAbstract: " + lines;
        };
        var source = DigestSource.of("wrapped.md", "wrapped.md", text);
        var entries = within(HUGE_LINE_DEADLINE, () -> parser(format).parse(source));
        assertEquals(1, entries.papers().size());
        assertAccounted(entries.entries(), entries.papers(), entries.problems(), source.lineCount());
    }

    @ParameterizedTest
    @EnumSource(DigestFormat.class)
    void manyTinyEntriesAreAllAccountedFor(DigestFormat format) throws Exception {
        int count = ENTRIES;
        var text = manyEntries(format, count);
        var source = DigestSource.of("million.md", "million.md", text);
        var entries = within(MANY_ENTRIES_DEADLINE, () -> parser(format).parse(source));
        assertEquals(count, entries.entries());
        assertEquals(count - count / 10, entries.papers().size(), "every tenth entry has no link");
        assertEquals(count / 10, entries.problems().stream().filter(Problem::entryDropped).count());
        assertAccounted(entries.entries(), entries.papers(), entries.problems(), source.lineCount());
        assertEquals(format, DigestParser.detect(source).orElseThrow().format());
    }

    @Test
    void manyListingsOfOnePaperMergeInTime(@TempDir Path dir) throws Exception {
        var line = "### 1 The same paper\n**link**: https://arxiv.org/abs/2501.00001\n\n";
        var file = dir.resolve("same-paper.md");
        Files.writeString(file, line.repeat(ENTRIES), StandardCharsets.UTF_8);
        var corpus = within(MANY_ENTRIES_DEADLINE, () -> new DigestCorpusReader().read(List.of(file)));
        assertEquals(ENTRIES, corpus.entries());
        assertEquals(1, corpus.papers().size());
        assertEquals(ENTRIES, corpus.papers().get(0).listings().size());
        assertEquals(corpus.entries(), corpus.entriesKept() + corpus.entriesDropped());
    }

    @Test
    void manyDistinctPapersReadAndMergeInTime(@TempDir Path dir) throws Exception {
        var file = dir.resolve("many.md");
        Files.writeString(file, manyEntries(DigestFormat.FIELDS, ENTRIES), StandardCharsets.UTF_8);
        var corpus = within(MANY_ENTRIES_DEADLINE, () -> new DigestCorpusReader().read(List.of(file)));
        assertEquals(ENTRIES, corpus.entries());
        assertEquals(ENTRIES - ENTRIES / 10, corpus.papers().size());
        assertEquals(corpus.entries(), corpus.entriesKept() + corpus.entriesDropped());
    }

    /** {@code count} entries of a few bytes; every tenth has no link, so it is reported instead of kept. */
    private static String manyEntries(DigestFormat format, int count) {
        var out = new StringBuilder(count * 60);
        out.append(switch (format) {
            case FIELDS -> "";
            case CATEGORY_TOC -> "# Table of Contents\n\n";
            case PAPERS_FOR_DATE -> "# Papers for 2025-01-01\n\n";
            case ANNOUNCEMENT -> "# 2025-01-01-10\n\n";
            case ABSTRACT_DETAILS, GENERIC -> "";
        });
        for (int i = 1; i <= count; i++) {
            int rank = 1 + i % 1000; // ranks have at most six digits
            var url = i % 10 == 0 ? null : "https://arxiv.org/abs/" + (1000 + i / 100_000) + "." + String.valueOf(100_000 + i % 100_000).substring(1);
            switch (format) {
                case FIELDS -> out.append("### ").append(rank).append(" T").append(i).append("\n**link**: ")
                        .append(url == null ? "none" : url).append('\n');
                case CATEGORY_TOC -> out.append("### [").append(rank).append("] [T").append(i).append(']')
                        .append(url == null ? "" : "(" + url + ")").append('\n');
                case PAPERS_FOR_DATE -> out.append("## ").append(rank).append(".[T").append(i).append(']')
                        .append(url == null ? "" : "(" + url + ")").append('\n');
                case ANNOUNCEMENT -> out.append("## [T").append(i).append(']')
                        .append(url == null ? "" : "(" + url + ")").append('\n');
                case ABSTRACT_DETAILS -> out.append("### [T").append(i).append(']')
                        .append(url == null ? "" : "(" + url + ")").append("\n*A*\n<details><summary>Abstract</summary>x</details>\n");
                // a link no title names is reported and left out
                case GENERIC -> out.append(url == null ? "arXiv:" + (2000 + i / 100_000) + "." + String.valueOf(100_000 + i % 100_000).substring(1)
                        : "- [T" + i + "](" + url + ")").append('\n');
            }
        }
        return out.toString();
    }

    private static DigestParser parser(DigestFormat format) {
        return format == DigestFormat.GENERIC ? DigestParser.GENERIC
                : DigestParser.ALL.stream().filter(p -> p.format() == format).findFirst().orElseThrow();
    }
}
