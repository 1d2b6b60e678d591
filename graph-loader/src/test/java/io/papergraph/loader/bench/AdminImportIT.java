package io.papergraph.loader.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.terms.Term;
import io.papergraph.extractor.terms.TermIndex;
import io.papergraph.extractor.terms.TermMention;
import io.papergraph.loader.bulk.AdminImport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

class AdminImportIT {

    private static final LocalDate DAY1 = LocalDate.of(2025, 1, 6);
    private static final LocalDate DAY2 = LocalDate.of(2025, 1, 7);

    @Test
    void importsTheGraphModelFromCsvAndCountsWhatItWrote(@TempDir Path tmp) {
        var digests = List.of(
                new DigestInfo("a.txt", DAY1, DigestFormat.CATEGORY_TOC, "h1", 3, 2),
                new DigestInfo("b.txt", DAY2, DigestFormat.ANNOUNCEMENT, "h2", 2, 2));
        var rag = new Paper("2501.00001", 1, "RAG, \"quoted\"\nand wrapped", "RAG, \"quoted\"\nand wrapped",
                "https://arxiv.org/abs/2501.00001", List.of("Ada Lovelace", "Alan  Turing", "ada lovelace"),
                List.of("cs.CL", "cs.IR"), "cs.CL", List.of("LLM Memory"), "Retrieval-Augmented Generation (RAG) helps.",
                new ChineseTexts("检索增强生成（RAG）。", null, null, null, null, null, List.of("检索增强生成 (RAG)", "基准")),
                "new", List.of(new Listing("a.txt", DAY1, 1, 10, DigestFormat.CATEGORY_TOC),
                        new Listing("b.txt", DAY2, null, 3, DigestFormat.ANNOUNCEMENT)));
        var second = new Paper("2501.00002", 2, "Second", "Second", "https://arxiv.org/abs/2501.00002",
                List.of("Alan Turing"), List.of("cs.LG"), "cs.LG", List.of("llm memory"), null, ChineseTexts.NONE,
                "replace", List.of(new Listing("a.txt", DAY1, 2, 40, DigestFormat.CATEGORY_TOC)));
        var third = new Paper("hep-th/9901001", null, "Old", "Old", "https://arxiv.org/abs/hep-th/9901001", List.of(),
                List.of(), null, List.of(), "Old abstract.", ChineseTexts.NONE, null,
                List.of(new Listing("b.txt", DAY2, null, 20, DigestFormat.ANNOUNCEMENT)));
        var terms = new TermIndex(
                List.of(new Term("retrieval-augmented generation", "Retrieval-Augmented Generation", List.of("RAG"), "RAG",
                        List.of("检索增强生成"), 1, 2.5), new Term("benchmark", "benchmark", List.of(), null, List.of(), 1, 0.5)),
                List.of(new TermMention("2501.00001", "retrieval-augmented generation", 2, true, 1.0, List.of("RAG")),
                        new TermMention("2501.00002", "benchmark", 1, false, 0.4, List.of())));

        var csv = GraphCsv.write(tmp.resolve("csv"), digests, List.of(rag, second, third), terms);
        // Papers 3, authors 2 (case and spacing fold), tags 1, categories 3, digests 2, terms 2.
        assertEquals(13, csv.nodeCount());
        // WROTE 3 (the repeated author once), IN_CATEGORY 3, TAGGED 2, LISTS 4, MENTIONS 2.
        assertEquals(14, csv.relationshipCount());

        var home = tmp.resolve("home");
        var figures = AdminImport.run(home, csv.files(), "256M");
        assertEquals(27, figures.elements());
        assertTrue(figures.seconds() > 0 && figures.describe().contains("27 elements"), figures.describe());

        var dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L << 20)
                .build();
        try {
            var db = dbms.database("neo4j");
            try (var tx = db.beginTx()) {
                var labels = tx.execute("MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label").stream()
                        .collect(java.util.stream.Collectors.toMap(r -> (String) r.get("label"), r -> (Long) r.get("n")));
                assertEquals(Map.of("Author", 2L, "Category", 3L, "Digest", 2L, "Paper", 3L, "Tag", 1L, "Term", 2L), labels);
                var types = tx.execute("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").stream()
                        .collect(java.util.stream.Collectors.toMap(r -> (String) r.get("type"), r -> (Long) r.get("n")));
                assertEquals(Map.of("WROTE", 3L, "IN_CATEGORY", 3L, "TAGGED", 2L, "LISTS", 4L, "MENTIONS", 2L), types);
                var paper = tx.execute("MATCH (p:Paper {arxivId: '2501.00001'}) RETURN p").<org.neo4j.graphdb.Node>columnAs("p").next();
                assertEquals("RAG, \"quoted\"\nand wrapped", paper.getProperty("title"));
                assertEquals(List.of("检索增强生成 (RAG)", "基准"), List.of((String[]) paper.getProperty("keywordsZh")));
                assertEquals(DAY1, paper.getProperty("firstListed"));
                assertEquals(DAY2, paper.getProperty("lastListed"));
                var wrote = tx.execute("MATCH (a:Author)-[w:WROTE]->(:Paper {arxivId: '2501.00001'}) "
                        + "RETURN a.name AS name, w.position AS position ORDER BY position").stream().toList();
                assertEquals("Ada Lovelace", wrote.get(0).get("name"));
                assertEquals("Alan Turing", wrote.get(1).get("name"));
                var term = tx.execute("MATCH (:Paper {arxivId: '2501.00001'})-[m:MENTIONS]->(t:Term) "
                        + "RETURN t.acronym AS acronym, m.inTitle AS inTitle, t.namesZh AS zh").next();
                assertEquals("RAG", term.get("acronym"));
                assertEquals(true, term.get("inTitle"));
                assertEquals(List.of("检索增强生成"), List.of((String[]) term.get("zh")));
            }
        } finally {
            dbms.shutdown();
        }

        var again = assertThrows(PapergraphException.class, () -> AdminImport.run(home, csv.files(), "256M"));
        assertTrue(again.getMessage().contains("already holds a database"), again.getMessage());
    }
}
