package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTests {

    private static final Path SAMPLE_CORPUS = Path.of("..", "data", "digests");

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
    void aMissingInputIsAProblemNotACrash(@TempDir Path dir) {
        var missing = dir.resolve("nowhere.txt");
        assertEquals(0, run("extract", missing.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.toString().contains(missing + ": expected a digest file or a directory of digests"), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
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
