package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.testsupport.SampleDigests;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTests {

    private static final Path SAMPLE_CORPUS = SampleDigests.DIRECTORY;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cmd = PapergraphCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void extractsTheSampleCorpus(@TempDir Path dir) throws IOException {
        var output = dir.resolve("out");
        int exit = run("extract", "--no-terms", SAMPLE_CORPUS.toString(), "-o", output.toString());

        assertEquals(0, exit, err.toString());
        assertEquals(411, Files.readAllLines(output.resolve("papers.jsonl")).size());
        assertEquals(5, Files.readAllLines(output.resolve("digests.jsonl")).size());
        assertEquals(0, Files.readAllLines(output.resolve("problems.jsonl")).size());
        var summary = out.toString();
        assertTrue(summary.contains("Read 5 file(s), 5 digest(s): 411 entries, 411 distinct papers"), summary);
        assertTrue(summary.contains("(892 author positions)"), summary);
        assertTrue(summary.contains("Problems: 0"), summary);
        assertEquals("", err.toString());
        var firstPaper = Files.readAllLines(output.resolve("papers.jsonl")).get(0);
        assertTrue(firstPaper.startsWith("{\"arxivId\":\"2511.05518\","), firstPaper);
    }

    @Test
    void problemsArePrintedAsFileAndLineAndStrictMakesThemFail(@TempDir Path dir) throws IOException {
        var digest = dir.resolve("day.txt");
        Files.writeString(digest, """
                ### 1 A Good Entry

                **link**: https://arxiv.org/pdf/2511.05518.pdf
                **abs**: 好的条目。

                ### 2 No Link Here

                **abs**: 没有链接。
                """);
        var output = dir.resolve("out");

        assertEquals(0, run("extract", digest.toString(), "-o", output.toString()));
        assertTrue(err.toString().contains(digest + ":6: expected an arXiv link"), err.toString());
        assertTrue(out.toString().contains("Problems: 1 (1 errors, 0 warnings; 1 entries left out)"), out.toString());
        assertEquals(1, Files.readAllLines(output.resolve("papers.jsonl")).size());
        var problem = Files.readAllLines(output.resolve("problems.jsonl")).get(0);
        assertTrue(problem.contains("\"line\":6") && problem.contains("\"entryDropped\":true"), problem);

        assertEquals(ExtractCommand.EXIT_PROBLEMS, run("extract", "--strict", digest.toString(), "-o", output.toString()));
    }

    @Test
    void aPathThatDoesNotExistIsBadUsageOnOneLineAndNothingIsWritten(@TempDir Path dir) {
        var missing = dir.resolve("nowhere.txt");
        var output = dir.resolve("out");
        assertEquals(2, run("extract", "--no-terms", SAMPLE_CORPUS.toString(), missing.toString(), "-o", output.toString()));
        assertEquals("papergraph: no such file or directory: " + missing, err.toString().strip());
        assertFalse(Files.exists(output));
    }

    @Test
    void anEmptyFolderFindsNoDigestAndExitsWithAnErrorOnOneLine(@TempDir Path dir) throws IOException {
        var empty = Files.createDirectory(dir.resolve("empty"));
        var output = dir.resolve("out");
        assertEquals(1, run("extract", "--no-terms", empty.toString(), "-o", output.toString()));
        assertEquals("papergraph: no digest found in 0 file(s) read; nothing written", err.toString().strip());
        assertFalse(Files.exists(output));
    }

    @Test
    void filesWithoutAnArxivIdAreNoDigestAndTheLineNamesTheFirst(@TempDir Path dir) throws IOException {
        var notes = Files.writeString(dir.resolve("notes.md"), "# Notes\n\nNothing from arXiv here.\n");
        Files.writeString(dir.resolve("todo.txt"), "- buy milk\n");
        int exit = run("extract", "--no-terms", dir.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, exit);
        var message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("papergraph: no digest found in 2 file(s) read; first: " + notes + ":1: expected a digest"),
                message);
        assertTrue(message.endsWith("; nothing written"), message);
        assertEquals("", out.toString());
    }

    @Test
    void anOutputDirectoryThatCannotBeCreatedIsOneLine(@TempDir Path dir) throws IOException {
        var file = Files.writeString(dir.resolve("plain-file"), "x");
        int exit = run("extract", "--no-terms", SAMPLE_CORPUS.toString(), "-o", file.resolve("out").toString());
        assertEquals(1, exit);
        assertTrue(err.toString().startsWith("papergraph: cannot create the output directory"), err.toString());
    }

    @Test
    void theOutputOptionIsRequired() {
        assertEquals(2, run("extract", SAMPLE_CORPUS.toString()));
        assertTrue(err.toString().contains("Missing required option: '--output=DIR'"), err.toString());
    }

    @Test
    void helpListsTheCommandAndItsOutputs() {
        assertEquals(0, run("help", "extract"));
        var help = out.toString();
        assertTrue(help.contains("--strict") && help.contains("papers.jsonl") && help.contains("problems.jsonl"), help);
        out.getBuffer().setLength(0);
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("extract"), out.toString());
    }
}
