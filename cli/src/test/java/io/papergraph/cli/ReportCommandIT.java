package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.testing.SmallGraph;
import io.papergraph.testing.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** report and cluster against the small graph in the embedded test server. */
class ReportCommandIT {

    private static String uri;

    @BeforeAll
    static void loadGraph() {
        SmallGraph.load();
        uri = TestNeo4j.get().boltUri();
    }

    @Test
    void clusterThenReportInEveryFormat() {
        var cluster = Cli.run("cluster", "--uri", uri, "--engine", "in-process", "--seed", "7");
        assertEquals(0, cluster.exitCode(), cluster.err());
        assertTrue(cluster.out().startsWith("3 topic clusters (1 small) over 12 terms, 12 paper shares, in-process Leiden"),
                cluster.out());

        var table = Cli.run("report", "topic-clusters", "--uri", uri);
        assertEquals(0, table.exitCode(), table.err());
        var lines = table.out().lines().toList();
        // Ten columns do not fit 80 columns readably: one block per cluster.
        assertEquals("-[ 1 ]----------------------------------", lines.get(0));
        assertEquals("cluster         reinforcement learning", lines.get(1));
        assertTrue(lines.contains("cluster         attention"), lines.toString());
        assertTrue(lines.contains("label           Transformer / self-attention / positional encoding"), lines.toString());
        assertTrue(lines.contains("topPapers       2511.00001, 2511.00002, 2511.00003"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("topPaperTitles  Sparse Attention for Long Transformers,")), lines.toString());
        assertEquals("(3 rows)", lines.get(lines.size() - 1));
        lines.forEach(l -> assertTrue(l.codePoints().count() <= 80, "fits 80 columns: " + l));

        var wide = Cli.run("report", "topic-clusters", "--uri", uri, "--width", "250");
        assertTrue(wide.out().startsWith("cluster                 label"), wide.out());

        var csv = Cli.run("report", "coauthors", "-p", "author=Dan Brown", "--format", "csv", "--uri", uri);
        assertEquals("author,coauthor,together,papers\r\nDan Brown,Bob Li,1,2511.00005\r\n"
                + "Dan Brown,Erin Zhou,1,2511.00007\r\n", csv.out());

        var json = Cli.run("report", "term", "--param", "term=GNN", "--format", "json", "--uri", uri);
        assertTrue(json.out().contains("\"value\" : \"graph neural network\""), json.out());

        var markdown = Cli.run("report", "search", "-p", "query=量子退火", "-f", "markdown", "--uri", uri);
        assertTrue(markdown.out().startsWith("| kind | id | name | score |\n|---|---|---|---|\n"), markdown.out());
        assertTrue(markdown.out().contains("quantum annealing"), markdown.out());
    }

    @Test
    void theVocabularyAsTsvIsAThesaurusToEdit(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var tsv = Cli.run("report", "vocabulary", "-p", "limit=3", "--format", "tsv", "--uri", uri);

        assertEquals(0, tsv.exitCode(), tsv.err());
        assertEquals("label\treplace by\tpapers\tsupport\tcluster", tsv.out().lines().findFirst().orElseThrow());
        var file = java.nio.file.Files.writeString(dir.resolve("thesaurus.txt"), tsv.out().replace("\npolicy gradient\tpolicy gradient\t",
                "\npolicy gradient\t\t"));
        var read = io.papergraph.extractor.terms.Thesaurus.read(file);
        assertEquals(java.util.List.of(), read.problems());
        assertEquals(java.util.Map.of("attention", "attention", "self attention", "self attention", "policy gradient", ""),
                read.thesaurus().replacements(), "edited: policy gradient dropped, the others kept");
    }

    @Test
    void benchReportsTimesEveryPackagedReportOnTheConnectedGraph() {
        assertEquals(0, Cli.run("cluster", "--uri", uri, "--engine", "in-process", "--seed", "7").exitCode());
        var run = Cli.run("bench", "reports", "--uri", uri);

        assertEquals(0, run.exitCode(), run.err());
        var lines = run.out().lines().toList();
        var names = io.papergraph.queries.ReportCatalog.packaged().list().stream().map(r -> r.name()).toList();
        assertEquals(names.size(), lines.size(), run.out());
        for (int i = 0; i < names.size(); i++) {
            assertTrue(lines.get(i).matches(java.util.regex.Pattern.quote(names.get(i))
                    + " +\\d+ rows  first +\\d+\\.\\d\\d s  again +\\d+\\.\\d\\d s"), lines.get(i));
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("topic-clusters") && l.contains(" 3 rows")), run.out());
    }

    @Test
    void aWritingReportIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("wipe.cypher"), "// Title: Wipe\nMATCH (n:Digest) DETACH DELETE n\n");

        var run = Cli.run("report", "wipe", "--reports", "file:" + dir, "--uri", uri);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("papergraph: report 'wipe' (" + dir.resolve("wipe.cypher")
                + ") would write to the graph"), run.err());
        try (var session = TestNeo4j.get().driver().session()) {
            assertEquals(3L, session.run("MATCH (d:Digest) RETURN count(d) AS n").single().get("n").asLong());
        }
    }
}
