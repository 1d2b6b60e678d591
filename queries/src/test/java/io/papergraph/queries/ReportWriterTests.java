package io.papergraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportWriterTests {

    private static final Report REPORT = new Report("r", "R", "", List.of(), "RETURN 1", "test");

    private static String render(ReportResult result, ReportFormat format, int width) {
        var text = new StringWriter();
        ReportWriter.write(result, format, width, new PrintWriter(text));
        return text.toString();
    }

    private static ReportResult sample() {
        var map = new LinkedHashMap<String, Object>();
        map.put("a", 1L);
        return new ReportResult(REPORT, List.of("cluster", "label", "labelZh", "terms", "share", "topTerms"), List.of(
                Arrays.asList("large language model", "large language model / reinforcement learning from human feedback / reward model",
                        "大型语言模型 / 基于人类反馈的强化学习 / 奖励模型", 41L, 0.8333333, List.of("LLM", "RLHF", "reward model")),
                Arrays.asList("quantum annealing", "quantum, \"annealing\" | qubits", null, 1L, 1.0, List.of()),
                Arrays.asList("x", "y", "z", 2L, 0.5, map)));
    }

    private static ReportResult narrow() {
        return new ReportResult(REPORT, List.of("cluster", "labelZh", "terms", "share"), List.of(
                Arrays.asList("large language model", "大型语言模型 / 基于人类反馈的强化学习 / 奖励模型", 41L, 0.8333333),
                Arrays.asList("quantum annealing", null, 1L, 1.0)));
    }

    @Test
    void tableFitsEightyColumnsCountingChineseAsWide() {
        var lines = render(narrow(), ReportFormat.TABLE, 60).lines().toList();

        for (var line : lines) {
            assertTrue(ReportWriter.displayWidth(line) <= 60, "too wide (" + ReportWriter.displayWidth(line) + "): " + line);
        }
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("cluster"), lines.get(0));
        assertTrue(lines.get(1).matches("-+( +-+)+"), lines.get(1));
        assertTrue(lines.get(2).contains("…"), "long cells are cut: " + lines.get(2));
        assertEquals("(2 rows)", lines.get(lines.size() - 1));
        // Columns line up: "terms" starts at the same display column in the header and every row.
        int column = ReportWriter.displayWidth(lines.get(0).substring(0, lines.get(0).indexOf("terms")));
        assertEquals(column, ReportWriter.displayWidth(lines.get(2).substring(0, lines.get(2).indexOf("41"))), lines.get(2));
        assertEquals(column, ReportWriter.displayWidth(lines.get(3).substring(0, lines.get(3).indexOf("1 "))), lines.get(3));
    }

    @Test
    void tooManyColumnsForTheWidthGiveOneBlockPerRow() {
        var lines = render(sample(), ReportFormat.TABLE, 80).lines().toList();

        for (var line : lines) {
            assertTrue(ReportWriter.displayWidth(line) <= 80, "too wide (" + ReportWriter.displayWidth(line) + "): " + line);
        }
        assertEquals("-[ 1 ]----------------------------------", lines.get(0));
        assertEquals("cluster   large language model", lines.get(1));
        assertEquals("label     large language model / reinforcement learning from human feedback /", lines.get(2));
        assertEquals("          reward model", lines.get(3));
        assertEquals("labelZh   大型语言模型 / 基于人类反馈的强化学习 / 奖励模型", lines.get(4));
        assertEquals("terms     41", lines.get(5));
        assertTrue(lines.contains("labelZh"), "null shows as empty: " + lines);
        assertEquals("(3 rows)", lines.get(lines.size() - 1));
    }

    @Test
    void wrapSplitsAtSpacesAndInsideLongWords() {
        assertEquals(List.of("ab cd", "ef"), ReportWriter.wrap("ab cd ef", 5));
        assertEquals(List.of("abcd", "ef"), ReportWriter.wrap("abcdef", 4));
        assertEquals(List.of("大型", "语言"), ReportWriter.wrap("大型语言", 4));
    }

    @Test
    void wideTerminalsShowWholeCells() {
        var table = render(sample(), ReportFormat.TABLE, 300);
        assertTrue(table.contains("large language model / reinforcement learning from human feedback / reward model"));
        assertTrue(table.contains("0.8333333"));
        assertTrue(table.contains("LLM, RLHF, reward model"));
    }

    @Test
    void fitCutsByDisplayWidth() {
        assertEquals("大型…", ReportWriter.fit("大型语言模型", 6));
        assertEquals("abcde", ReportWriter.fit("abcde", 5));
        assertEquals("abc…", ReportWriter.fit("abcdef", 4));
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        var csv = render(sample(), ReportFormat.CSV, 80);
        var lines = csv.split("\r\n");
        assertEquals("cluster,label,labelZh,terms,share,topTerms", lines[0]);
        assertEquals("quantum annealing,\"quantum, \"\"annealing\"\" | qubits\",,1,1,", lines[2]);
        assertTrue(lines[1].endsWith(",41,0.8333333,LLM; RLHF; reward model"), lines[1]);
        assertEquals("x,y,z,2,0.5,{a: 1}", lines[3]);
    }

    @Test
    void tsvKeepsEveryRowOnOneLineOfTabSeparatedCells() {
        var withTab = new ReportResult(REPORT, List.of("label", "replace by"), List.of(
                Arrays.asList("KV\tcache", "line\nbreak"), Arrays.asList("data", "")));

        assertEquals(List.of("cluster\tlabel\tlabelZh\tterms\tshare\ttopTerms",
                        "large language model\tlarge language model / reinforcement learning from human feedback / reward model\t"
                                + "大型语言模型 / 基于人类反馈的强化学习 / 奖励模型\t41\t0.8333333\tLLM; RLHF; reward model",
                        "quantum annealing\tquantum, \"annealing\" | qubits\t\t1\t1\t",
                        "x\ty\tz\t2\t0.5\t{a: 1}"),
                render(sample(), ReportFormat.TSV, 80).lines().toList());
        assertEquals("label\treplace by\nKV cache\tline break\ndata\t\n", render(withTab, ReportFormat.TSV, 80));
    }

    @Test
    void jsonKeepsTypes() throws Exception {
        var json = render(sample(), ReportFormat.JSON, 80);
        var rows = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, List.class);
        assertEquals(3, rows.size());
        var first = (Map<?, ?>) rows.get(0);
        assertEquals(41, first.get("terms"));
        assertEquals(List.of("LLM", "RLHF", "reward model"), first.get("topTerms"));
        assertEquals("大型语言模型 / 基于人类反馈的强化学习 / 奖励模型", first.get("labelZh"));
        assertEquals(null, ((Map<?, ?>) rows.get(1)).get("labelZh"));
        assertEquals(Map.of("a", 1), ((Map<?, ?>) rows.get(2)).get("topTerms"));
    }

    @Test
    void markdownEscapesPipes() {
        var markdown = render(sample(), ReportFormat.MARKDOWN, 80).lines().toList();
        assertEquals("| cluster | label | labelZh | terms | share | topTerms |", markdown.get(0));
        assertEquals("|---|---|---|---|---|---|", markdown.get(1));
        assertEquals("| quantum annealing | quantum, \"annealing\" \\| qubits |  | 1 | 1 |  |", markdown.get(3));
    }
}
