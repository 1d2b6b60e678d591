package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generate, extract, bulk-import: the yardstick path of the load benchmark, end to end. */
class BenchImportCommandIT {

    private static String[] run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cmd = PapergraphCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void importsTheGraphOfAGeneratedCorpus(@TempDir Path tmp) throws Exception {
        var corpus = tmp.resolve("corpus");
        var generated = run("bench", "generate", "--papers", "200", "--seed", "4", "-o", corpus.toString());
        assertEquals("0", generated[0], generated[2]);
        var extracted = run("extract", corpus.resolve("digests").toString(), "-o", tmp.resolve("out").toString());
        assertEquals("0", extracted[0], extracted[2]);

        var imported = run("bench", "import", tmp.resolve("out").toString(), "-o", tmp.resolve("work").toString(),
                "--max-off-heap-memory", "256M");
        assertEquals("0", imported[0], imported[2]);
        assertTrue(imported[1].contains("elements/s"), imported[1]);
        var papers = Files.readAllLines(tmp.resolve("work/csv/paper.csv")).size() - 1;
        assertEquals(200, papers);
        assertTrue(Files.readAllLines(tmp.resolve("work/csv/term.csv")).size() > 1, "the terms extract wrote");
        assertTrue(Files.readAllLines(tmp.resolve("work/csv/mentions.csv")).size() > 1, "and their mentions");
        assertTrue(Files.isDirectory(tmp.resolve("work/home/data/databases/neo4j")));

        var again = run("bench", "import", tmp.resolve("out").toString(), "-o", tmp.resolve("work").toString());
        assertEquals("1", again[0]);
        assertTrue(again[2].startsWith("papergraph: ") && again[2].contains("already holds a database"), again[2]);

        var missing = run("bench", "import", tmp.resolve("nowhere").toString(), "-o", tmp.resolve("w2").toString());
        assertEquals("1", missing[0]);
        assertTrue(missing[2].contains("papers.jsonl is missing"), missing[2]);
    }
}
