package io.papergraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.testing.SmallGraph;
import io.papergraph.testing.TestNeo4j;
import io.papergraph.topics.ClusterEngine;
import io.papergraph.topics.ClusterOptions;
import io.papergraph.topics.TopicClusterer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every packaged report against the small hand-made graph, checked against what that graph holds. */
class ReportsIT {

    private static final ReportCatalog CATALOG = ReportCatalog.packaged();
    private static ReportRunner runner;

    @BeforeAll
    static void loadAndCluster() {
        SmallGraph.load();
        TopicClusterer.create(TestNeo4j.get().driver(), null)
                .recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
        runner = ReportRunner.create(TestNeo4j.get().driver(), null);
    }

    private static ReportResult run(String name, Map<String, String> parameters) {
        return runner.run(CATALOG.get(name), parameters);
    }

    @Test
    void topicClusters() {
        var result = run("topic-clusters", Map.of());

        assertEquals(List.of("reinforcement learning", "attention", "quantum annealing"), result.column("cluster"));
        assertEquals(List.of(6L, 5L, 1L), result.column("terms"));
        assertEquals("Transformer / self-attention / positional encoding", result.column("label").get(1));
        // Papers 1-4 lie wholly in the attention topic; 5 and 6 only partly (they mention LLMs).
        assertEquals(List.of(5L, 6L, 1L), result.column("papers"));
        assertEquals(List.of("2511.00001", "2511.00002", "2511.00003"), result.column("topPapers").get(1));
        assertEquals(List.of("Sparse Attention for Long Transformers", "Positional Encoding Revisited", "Attention Sinks in Transformers"), result.column("topPaperTitles").get(1));
        assertEquals(List.of("cs.CL", "cs.LG"), result.column("categories").get(1));
        assertEquals(List.of("quant-ph"), result.column("categories").get(2));
        assertEquals(List.of(false, false, true), result.column("small"));

        // Clusters written before they stored their papers give the same rows, read from the shares.
        try (var session = TestNeo4j.get().driver().session()) {
            session.run("MATCH (c:Cluster) REMOVE c.papers, c.topPapers, c.categories").consume();
        }
        try {
            assertEquals(result, run("topic-clusters", Map.of()));
        } finally {
            TopicClusterer.create(TestNeo4j.get().driver(), null)
                    .recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
        }
    }

    @Test
    void clusterByIdOrLabel() {
        var byLabel = run("cluster", Map.of("cluster", "位置编码"));
        var byId = run("cluster", Map.of("cluster", "attention"));

        assertEquals(byId, new ReportResult(byId.report(), byLabel.columns(), byLabel.rows()));
        var kinds = byId.column("kind");
        assertEquals(5, kinds.stream().filter("term"::equals).count());
        assertEquals(6, kinds.stream().filter("paper"::equals).count());
        assertEquals(List.of("neighbour"), kinds.stream().filter("neighbour"::equals).distinct().toList());
        var neighbour = byId.rows().stream().filter(r -> r.get(1).equals("neighbour")).findFirst().orElseThrow();
        assertEquals("reinforcement learning", neighbour.get(2));
        var alice = byId.rows().stream().filter(r -> "Alice Zhang".equals(r.get(2))).findFirst().orElseThrow();
        assertEquals("3 papers", alice.get(4));
        assertEquals(3.0, alice.get(3));
    }

    @Test
    void termByAcronymWithAliasesChineseNamesDatesAndNeighbours() {
        var result = run("term", Map.of("term", "LLM"));
        var byKind = result.rows().stream().collect(java.util.stream.Collectors.groupingBy(
                r -> (String) r.get(0), java.util.LinkedHashMap::new,
                java.util.stream.Collectors.mapping(r -> r.get(1), java.util.stream.Collectors.toList())));

        assertEquals(List.of("large language model"), byKind.get("term"));
        assertEquals(List.of("LLM", "LLMs"), byKind.get("alias"));
        assertEquals(List.of("大型语言模型"), byKind.get("chinese"));
        assertEquals(List.of("attention"), byKind.get("cluster"));
        assertEquals(List.of("2025-11-10"), byKind.get("first seen"));
        assertEquals(List.of("2025-11-12"), byKind.get("last seen"));
        assertEquals(6, byKind.get("paper").size());
        assertEquals(List.of("cs.LG", "cs.CL"), byKind.get("category"));
        assertEquals(6.0, result.rows().get(0).get(2), "df");
        // Co-occurs with the four attention terms in 4 papers each, then with RL terms in 2.
        assertEquals(List.of("attention", "positional encoding", "self-attention", "Transformer"),
                byKind.get("co-occurs").subList(0, 4));
        assertEquals(run("term", Map.of("term", "大型语言模型")), new ReportResult(result.report(), result.columns(),
                run("term", Map.of("term", "大型语言模型")).rows()));
    }

    @Test
    void emergingTerms() {
        var result = run("emerging-terms", Map.of("minPapers", "1"));
        var rows = result.rows();
        var ppo = rows.stream().filter(r -> r.get(0).equals("PPO")).findFirst().orElseThrow();
        // Digest dates 10, 11, 12 Nov list 3, 2 and 5 papers; PPO is in 0, 1 and 1 of them.
        assertEquals("2025-11-11", ppo.get(1));
        assertEquals(List.of(0L, 1L, 1L), ppo.get(2));
        assertEquals(0.2, ppo.get(3));
        assertEquals(0.2 - 0.25, (Double) ppo.get(4), 1e-3);
        var quantum = rows.stream().filter(r -> r.get(0).equals("quantum annealing")).findFirst().orElseThrow();
        assertEquals(true, quantum.get(5), "first seen in the latest digest");
        assertEquals(false, ppo.get(5));
        // Sorted by growth: the new terms of the last digest come first.
        var growth = result.column("growth").stream().map(g -> (Double) g).toList();
        for (int i = 1; i < growth.size(); i++) {
            assertTrue(growth.get(i - 1) >= growth.get(i), growth.toString());
        }
        assertEquals(List.of("PPO"), run("emerging-terms", Map.of("minPapers", "2", "limit", "50")).column("term")
                .stream().filter("PPO"::equals).toList());
        assertEquals(0, run("emerging-terms", Map.of("minPapers", "2")).column("term").stream()
                .filter("quantum annealing"::equals).count(), "quantum annealing has one paper");
        // Comparing the latest two dates (11 and 12 Nov: 2 and 5 papers): PPO in 1 and 1, attention (first seen on
        // the 10th, before them) in 1 and 1.
        var twoDates = run("emerging-terms", Map.of("minPapers", "1", "dates", "2", "limit", "50")).rows();
        var ppo2 = twoDates.stream().filter(r -> r.get(0).equals("PPO")).findFirst().orElseThrow();
        assertEquals(List.of(1L, 1L), ppo2.get(2));
        assertEquals(0.2 - 0.5, (Double) ppo2.get(4), 1e-3);
        var attention = twoDates.stream().filter(r -> r.get(0).equals("attention")).findFirst().orElseThrow();
        assertEquals(List.of("2025-11-10", List.of(1L, 1L), false), List.of(attention.get(1), attention.get(2), attention.get(5)));
    }

    @Test
    void similarPapers() {
        var result = run("similar-papers", Map.of("arxivId", "2511.00001", "limit", "3"));

        assertEquals(List.of("2511.00002", "2511.00003", "2511.00004"), result.column("arxivId"));
        assertEquals(List.of(1.0, 1.0, 1.0), result.column("similarity"));
        assertEquals(List.of("attention", "Transformer", "self-attention", "large language model", "positional encoding"),
                result.column("sharedTerms").get(0));
        var paper5 = run("similar-papers", Map.of("arxivId", "2511.00005"));
        // Paper 7 shares RL, policy gradient and reward model with 5; paper 6 swaps policy gradient for PPO.
        assertEquals(List.of("2511.00007", "2511.00006"), paper5.column("arxivId").subList(0, 2));
        assertEquals(0.939, paper5.column("similarity").get(0));
        assertTrue(run("similar-papers", Map.of("arxivId", "2511.00010")).rows().isEmpty(), "nothing shares its term");
        // LLM (six papers) stops counting at maxTermPapers 5: papers 1-4 share nothing else with 5, and 6 keeps
        // RL and the reward model (1.36 of the norms' 2.1), not the LLM's 0.25, and falls behind 8.
        var withoutCommonTerms = run("similar-papers", Map.of("arxivId", "2511.00005", "maxTermPapers", "5"));
        assertEquals(List.of("2511.00007", "2511.00008", "2511.00006", "2511.00009"), withoutCommonTerms.column("arxivId"));
        assertEquals(List.of(0.939, 0.69, 0.648, 0.097), withoutCommonTerms.column("similarity"));
        assertEquals(List.of("reinforcement learning", "reward model"), withoutCommonTerms.column("sharedTerms").get(2));
        assertEquals(0.767, run("similar-papers", Map.of("arxivId", "2511.00005")).column("similarity").get(1));
    }

    @Test
    void authorsAndCoauthors() {
        var authors = run("authors", Map.of("limit", "3"));
        assertEquals(List.of("Alice Zhang", "Bob Li", "Dan Brown"), authors.column("author"));
        assertEquals(List.of(3L, 3L, 3L), authors.column("papers"));
        assertEquals(List.of(2L, 3L, 2L), authors.column("coauthors"));
        assertEquals(List.of("Bob Li", "Carol Wu"), authors.column("topCoauthors").get(0));
        assertEquals(List.of("Transformer / self-attention / positional encoding"), authors.column("topics").get(0));
        assertEquals(List.of("PPO / reinforcement learning / reward model", "Transformer / self-attention / positional encoding"),
                authors.column("topics").get(2), "Dan Brown: RL first, attention through the LLM mentions");

        var coauthors = run("coauthors", Map.of("author", "  alice ZHANG "));
        assertEquals(List.of("Bob Li", "Carol Wu"), coauthors.column("coauthor"));
        assertEquals(List.of(1L, 1L), coauthors.column("together"));
        assertEquals(List.of(List.of("2511.00001"), List.of("2511.00002")), coauthors.column("papers"));
    }

    @Test
    void categoryTopics() {
        var result = run("category-topics", Map.of());
        var cells = result.rows().stream().map(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(3)).toList();

        // cs.CL: papers 1, 2, 4 (attention); cs.LG: 1 (cross-listed), 3 (attention) and 5-9 (RL, 5 and 6 partly attention).
        assertTrue(cells.contains("cs.CL|attention|3"), cells.toString());
        assertTrue(cells.contains("cs.LG|reinforcement learning|5"), cells.toString());
        assertTrue(cells.contains("cs.LG|attention|4"), cells.toString());
        assertTrue(cells.contains("quant-ph|quantum annealing|1"), cells.toString());
        assertEquals(1.0, result.rows().stream().filter(r -> r.get(0).equals("cs.CL")).mapToDouble(r -> (Double) r.get(5)).sum(), 1e-2);
    }

    @Test
    void vocabularyListsTheLeastSupportedTermsFirstAsAThesaurusThatChangesNothing() {
        var result = run("vocabulary", Map.of("limit", "100"));

        assertEquals(List.of("label", "replace by", "papers", "support", "cluster"), result.columns());
        assertEquals(List.of("attention", "self-attention", "policy gradient", "PPO",
                "positional encoding", "reward model", "Transformer", "message passing", "quantum annealing",
                "large language model", "reinforcement learning", "graph neural network"), result.column("label"));
        assertEquals(result.column("label"), result.column("replace by"));
        assertEquals(List.of(List.of("Chinese name"), List.of("phrase"), List.of("phrase"), List.of("name"),
                List.of("Chinese name", "phrase"), List.of("Chinese name", "phrase"), List.of("Chinese name", "name"),
                List.of("Chinese name", "phrase"), List.of("Chinese name", "phrase"),
                List.of("acronym", "Chinese name", "phrase"), List.of("acronym", "Chinese name", "phrase"),
                List.of("acronym", "Chinese name", "phrase")), result.column("support"));
        assertEquals(List.of(4L, 4L, 2L, 2L, 4L, 4L, 4L, 1L, 1L, 6L, 5L, 1L), result.column("papers"));
        assertEquals("Transformer / self-attention / positional encoding", result.column("cluster").get(0));

        var firstFour = run("vocabulary", Map.of("limit", "4"));
        assertEquals(result.column("label").subList(0, 4), firstFour.column("label"));
    }

    @Test
    void searchInEnglishAndChinese() {
        var english = run("search", Map.of("query", "reward"));
        assertTrue(english.column("id").containsAll(List.of("2511.00005", "reward model")), english.column("id").toString());

        var chinese = run("search", Map.of("query", "奖励"));
        assertTrue(chinese.column("id").contains("reward model"), chinese.rows().toString());
        assertTrue(chinese.column("id").contains("2511.00005"), chinese.rows().toString());

        var acronym = run("search", Map.of("query", "GNN"));
        assertEquals("graph neural network", acronym.column("id").get(0));
    }

    @Test
    void digestPapersAndNewTerms() {
        var latest = run("digest", Map.of());
        assertEquals(List.of("2025-11-12"), latest.column("date").stream().distinct().toList());
        assertEquals(List.of("2511.00004", "2511.00007", "2511.00008", "2511.00009", "2511.00010"),
                latest.rows().stream().filter(r -> r.get(1).equals("paper")).map(r -> r.get(2)).toList());
        assertEquals(List.of("graph neural network", "message passing", "quantum annealing"),
                latest.rows().stream().filter(r -> r.get(1).equals("new term")).map(r -> r.get(2)).toList());

        var second = run("digest", Map.of("digest", "2025-11-11"));
        assertEquals(List.of("ppo"), second.rows().stream().filter(r -> r.get(1).equals("new term")).map(r -> r.get(2)).toList());
        assertEquals(run("digest", Map.of("digest", "digest-2025-11-11.md")).rows(), second.rows());
    }

    @Test
    void aReportThatWritesIsRefusedAndWritesNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sneaky.cypher"), """
                // Title: Sneaky
                // Description: Looks like a report, writes a node.
                MATCH (p:Paper) WITH count(p) AS n
                CREATE (:Sneaky {n: n})
                RETURN n
                """);
        var catalog = ReportCatalog.withLocations(List.of("file:" + dir));

        var e = assertThrows(PapergraphException.class, () -> runner.run(catalog.get("sneaky"), Map.of()));
        assertTrue(e.getMessage().contains("would write to the graph"), e.getMessage());
        try (var session = TestNeo4j.get().driver().session()) {
            assertEquals(0L, session.run("MATCH (s:Sneaky) RETURN count(s) AS n").single().get("n").asLong());
        }
    }

    @Test
    void userReportsFromFilesRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("paper-count.cypher"), """
                // Title: Papers per category
                // Description: How many papers each category has.
                // Parameters:
                //   min  smallest count to show
                // :param min => 2
                MATCH (c:Category)<-[:IN_CATEGORY]-(p:Paper)
                WITH c, count(p) AS papers WHERE papers >= $min
                RETURN c.code AS category, papers ORDER BY category
                """);
        var report = ReportCatalog.withLocations(List.of("file:" + dir.resolve("paper-count.cypher"))).get("paper-count");

        var result = runner.run(report, Map.of());
        assertEquals(List.of("cs.CL", "cs.LG"), result.column("category"));
        assertEquals(List.of(3L, 7L), result.column("papers"));
    }

    @Test
    void aReportWithASyntaxErrorGetsAOneLineMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.cypher"), "// Title: Broken\nMATCH (p:Paper RETURN p\n");
        var report = ReportCatalog.withLocations(List.of("file:" + dir)).get("broken");

        var e = assertThrows(PapergraphException.class, () -> runner.run(report, Map.of()));
        assertTrue(e.getMessage().startsWith("report 'broken' (" + dir.resolve("broken.cypher") + ") failed"), e.getMessage());
    }

    @Test
    void preparingPlansEveryReportThatPlansAndLeavesABrokenOneToItsRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.cypher"), "// Title: Broken\nMATCH (p:Paper RETURN p\n");
        var catalog = ReportCatalog.withLocations(List.of("file:" + dir));
        var packaged = ReportCatalog.packaged().list();

        assertEquals(packaged.size(), runner.prepare(packaged), "every packaged report plans with its header values");
        assertEquals(packaged.size(), runner.prepare(catalog.list()), "the broken report is skipped, the others still planned");
        assertThrows(PapergraphException.class, () -> runner.run(catalog.get("broken"), Map.of()));
    }
}
