package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchGenerateCommandTests {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cmd = PapergraphCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void generatesACorpusAndPrintsItsCounts(@TempDir Path tmp) throws Exception {
        var run = run("bench", "generate", "--papers", "300", "--seed", "11", "--papers-per-day", "100", "-o", tmp.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("distinct papers 300"), run.out());
        assertTrue(run.out().contains("seed 11"), run.out());
        var manifest = Files.readString(tmp.resolve("manifest.json"));
        assertTrue(manifest.contains("\"distinctPapers\" : 300"), manifest);
        try (var digests = Files.list(tmp.resolve("digests"))) {
            assertEquals(12, digests.count(), "3 days, 4 formats");
        }
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path tmp) {
        var run = run("bench", "generate", "--papers", "0", "-o", tmp.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--papers must be at least 1, was 0"), run.err());

        var perDay = run("bench", "generate", "--papers", "10", "--papers-per-day", "5000", "-o", tmp.toString());
        assertEquals(2, perDay.exitCode());
        assertTrue(perDay.err().contains("--papers-per-day must be between 1 and 3000"), perDay.err());
    }

    @Test
    void aUsedDirectoryIsOneLineNotAStackTrace(@TempDir Path tmp) {
        assertEquals(0, run("bench", "generate", "--papers", "5", "-o", tmp.toString()).exitCode());
        var again = run("bench", "generate", "--papers", "5", "-o", tmp.toString());
        assertEquals(1, again.exitCode());
        assertEquals(1, again.err().strip().lines().count(), again.err());
        assertTrue(again.err().startsWith("papergraph: ") && again.err().contains("is not empty"), again.err());
    }

    @Test
    void benchListsItsSubcommands() {
        var run = run("bench");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("generate"), run.out());
        var help = run("bench", "generate", "--help");
        assertTrue(help.out().contains("--papers-per-day") && help.out().contains("--source"), help.out());
    }
}
