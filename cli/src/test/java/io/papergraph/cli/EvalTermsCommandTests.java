package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTermsCommandTests {

    private static final Path SCORE_PY = Path.of("..", "..", "shared", "eval", "score.py");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cmd = PapergraphCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private static Path gold(Path dir) throws IOException {
        var gold = dir.resolve("gold.jsonl");
        try (var in = EvalTermsCommandTests.class.getResourceAsStream("terms-gold.jsonl")) {
            Files.copy(in, gold);
        }
        return gold;
    }

    @Test
    void writesPredictionsAndPrintsFiguresThatTheReferenceScorerAgreesWith(@TempDir Path dir) throws Exception {
        var gold = gold(dir);
        var pred = dir.resolve("pred.jsonl");
        assertEquals(0, run("eval-terms", gold.toString(), "--out", pred.toString(), "--corpus", "--min-df", "1",
                "--threads", "1"), err.toString());
        var lines = Files.readAllLines(pred);
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"d1\",\"terms\":["), lines.get(0));
        assertTrue(lines.get(4).startsWith("{\"id\":\"__corpus__\",\"terms\":["), lines.get(4));
        var printed = out.toString();
        assertTrue(printed.contains("documents scored: 3"), printed);
        var java = figures(printed);
        assertEquals(6, java.size(), printed);

        Assumptions.assumeTrue(Files.exists(SCORE_PY), "the reference scorer " + SCORE_PY + " is not here");
        var python = new ProcessBuilder("python3", SCORE_PY.toString(), gold.toString(), pred.toString())
                .redirectErrorStream(true).start();
        var reference = new String(python.getInputStream().readAllBytes());
        Assumptions.assumeTrue(python.waitFor() == 0, "python3 could not run the reference scorer: " + reference);
        assertEquals(java, figures(reference.lines().filter(l -> l.contains("macro")).reduce("", (a, b) -> a + b + "\n")));

        var corpus = new ProcessBuilder("python3", SCORE_PY.toString(), gold.toString(), pred.toString(), "--corpus",
                "--min-df", "1").redirectErrorStream(true).start();
        var corpusText = new String(corpus.getInputStream().readAllBytes());
        corpus.waitFor();
        for (var match : List.of("exact", "stem")) {
            assertEquals(avp(corpusText, match), avp(printed, match), corpusText + "\n" + printed);
        }
    }

    @Test
    void aMalformedGoldLineIsOneMessageWithFileAndLine(@TempDir Path dir) throws IOException {
        var gold = dir.resolve("bad.jsonl");
        Files.writeString(gold, "{\"id\": \"a\", \"abstract\": \"x\", \"terms\": []}\nnot json\n");
        assertEquals(1, run("eval-terms", gold.toString(), "--out", dir.resolve("p.jsonl").toString()));
        assertTrue(err.toString().startsWith("papergraph: " + gold + ":2: expected a JSON object"), err.toString());
    }

    @Test
    void helpNamesTheOptions() {
        assertEquals(0, run("help", "eval-terms"));
        for (var option : List.of("--out", "--corpus", "--min-df", "--threads")) {
            assertTrue(out.toString().contains(option), option);
        }
    }

    private static final Pattern MACRO = Pattern.compile("(exact|stem)\\s+macro\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)");

    private static List<String> figures(String text) {
        var rows = new ArrayList<String>();
        var m = MACRO.matcher(text);
        while (m.find()) {
            rows.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
        }
        return rows;
    }

    private static String avp(String text, String match) {
        var m = Pattern.compile("\\[" + match + "\\].*AvP=(\\S+)").matcher(text);
        return m.find() ? m.group(1) : "missing in: " + text;
    }
}
