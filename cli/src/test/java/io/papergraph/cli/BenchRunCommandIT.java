package io.papergraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papergraph.bench.BenchRun;
import io.papergraph.bench.synthetic.GeneratorSettings;
import io.papergraph.queries.ReportCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench run} end to end at 40 and 100 papers, 20 a day (the benchmark's smoke test in the default build: two
 * small sizes are enough to show every stage and the growth of the cost per paper): every stage runs and prints its figures, and the JSON file holds them. Only that
 * the figures are there and sane is checked, not how fast.
 */
class BenchRunCommandIT {

    @Test
    void runsEveryStageAndPrintsItsFigures(@TempDir Path tmp) throws Exception {
        var json = tmp.resolve("figures.json");
        var run = Cli.run("bench", "run", "--papers", "40,100", "--papers-per-day", "20", "--seed", "3",
                "--threads", "2", "--work", tmp.resolve("work").toString(), "--json", json.toString(),
                "--build-heap", "1g", "--max-off-heap-memory", "256M");
        String printed = run.out();
        assertEquals(0, run.exitCode(), printed + run.err());
        for (var row : new String[] {"extraction tokens/s", "bare CoreNLP tokens/s", "extraction / bare CoreNLP",
                "fresh load elements/s, new embedded store by import", "fresh load elements/s through Bolt",
                "incremental load elements/s", "neo4j-admin import elements/s", "fresh load by import / neo4j-admin import",
                "fresh load through Bolt / neo4j-admin import", "clustering s", "report ", "build wall time s", "build heap peak MiB",
                "build resident peak MiB", "cost per paper: build ms"}) {
            assertTrue(printed.contains(row), "row '" + row + "' in\n" + printed);
        }
        assertTrue(printed.contains("cost per paper, 100 papers vs 40"), printed);

        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        assertEquals(2, figures.get("sizes").size());
        for (JsonNode size : figures.get("sizes")) {
            long papers = size.get("papers").asLong();
            assertEquals(papers, size.get("corpus").get("papers").asLong());
            assertTrue(size.get("corpus").get("files").asInt() >= 8, "at least two days of four files");
            var extraction = size.get("extraction");
            assertEquals(papers, extraction.get("papers").asLong());
            assertPositive(extraction, "tokens", "tokensPerSecond", "bareTokensPerSecond", "papersPerSecond", "ratio");
            assertEquals(extraction.get("bareSeconds").asDouble() / extraction.get("seconds").asDouble(),
                    extraction.get("ratio").asDouble(), 1e-9);
            assertPositive(size.get("adminImport"), "nodes", "relationships", "elementsPerSecond");
            var fresh = size.get("freshLoad");
            var incremental = size.get("incrementalLoad");
            assertPositive(fresh, "elements", "elementsPerSecond", "papers");
            var freshBolt = size.get("freshLoadBolt");
            assertPositive(freshBolt, "elements", "elementsPerSecond", "papers");
            assertEquals(fresh.get("elements").asLong(), freshBolt.get("elements").asLong(), "both fresh loads write the same graph");
            assertPositive(incremental, "elements", "elementsPerSecond", "papers", "digests", "elementsWritten", "elementsWrittenPerSecond");
            assertTrue(incremental.get("elementsWritten").asLong() >= incremental.get("elements").asLong(), incremental.toString());
            var manifest = new ObjectMapper().readTree(tmp.resolve("work/papers-" + papers + "-seed-3/corpus/manifest.json").toFile());
            String lastDay = manifest.get("lastDay").asText();
            int lastDayFiles = 0;
            for (JsonNode digest : manifest.get("digests")) {
                lastDayFiles += digest.get("date").asText().equals(lastDay) ? 1 : 0;
            }
            assertTrue(lastDayFiles >= 1, "the manifest lists the last day's files");
            assertEquals(lastDayFiles, incremental.get("digests").asInt(), "the incremental load is the last day's files");
            assertTrue(fresh.get("papers").asLong() + incremental.get("papers").asLong() >= papers,
                    "every paper is in one of the loads (a paper of the last day may be listed earlier too)");
            assertEquals(fresh.get("elementsPerSecond").asDouble() / size.get("adminImport").get("elementsPerSecond").asDouble(),
                    size.get("freshLoadRatio").asDouble(), 1e-9);
            assertEquals(freshBolt.get("elementsPerSecond").asDouble() / size.get("adminImport").get("elementsPerSecond").asDouble(),
                    size.get("freshLoadBoltRatio").asDouble(), 1e-9);
            assertPositive(size.get("clustering"), "terms", "clusters", "seconds");
            assertEquals(ReportCatalog.packaged().list().size(), size.get("reports").size());
            for (JsonNode report : size.get("reports")) {
                assertPositive(report, "firstSeconds", "againSeconds");
            }
            assertPositive(size.get("build"), "wallSeconds", "heapPeakBytes", "residentPeakBytes");
            assertTrue(size.get("build").get("heapPeakBytes").asLong() <= 1L << 30, "within the 1g heap asked for");
            assertPositive(size.get("costPerPaper"), "extractionMs", "loadMs", "buildMs");
        }
        var sizes = figures.get("sizes");
        assertEquals(sizes.get(1).get("costPerPaper").get("buildMs").asDouble() / sizes.get(0).get("costPerPaper").get("buildMs").asDouble(),
                figures.get("costGrowth").get("buildMs").asDouble(), 1e-9);
        assertTrue(Files.isRegularFile(tmp.resolve("work/papers-100-seed-3/corpus/manifest.json")));

        var settings = new GeneratorSettings(40, 3, 20, GeneratorSettings.DEFAULT_FIRST_DAY);
        assertTrue(new BenchRun(tmp.resolve("work"), settings, 2, MeasuredRun.class.getName()).corpus().reused(), "a later run reuses the corpus");
        var otherRate = new GeneratorSettings(40, 3, 10, GeneratorSettings.DEFAULT_FIRST_DAY);
        assertTrue(!new BenchRun(tmp.resolve("work"), otherRate, 2, MeasuredRun.class.getName()).corpus().reused(), "other settings, a new corpus");
    }

    private static void assertPositive(JsonNode node, String... fields) {
        for (var field : fields) {
            assertTrue(node.has(field), field + " in " + node);
            assertTrue(node.get(field).asDouble() > 0, field + " > 0 in " + node);
        }
    }
}
