package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The parts of report, cluster and browser-guide that need no server. */
class ReportCommandTests {

    @Test
    void listShowsEveryReportWithParametersAndDefaults() {
        var run = Cli.run("report", "--list");

        assertEquals(0, run.exitCode(), run.err());
        for (var name : new String[] {"topic-clusters", "cluster", "term", "emerging-terms", "similar-papers", "authors",
                "coauthors", "category-topics", "search", "digest"}) {
            assertTrue(run.out().contains("\n" + name + " - ") || run.out().startsWith(name + " - "), name);
        }
        assertTrue(run.out().contains("    --param term=…\n        the term: key, name, alias, acronym or Chinese name"
                + " (required, e.g.\n        'LLM')\n"), run.out());
        assertTrue(run.out().contains("    --param limit=…\n        how many clusters to list (default 20)\n"), run.out());
        run.out().lines().forEach(l -> assertTrue(l.length() <= 80, "fits 80 columns: " + l));
    }

    @Test
    void misspelledReportNameListsTheAvailableOnes() {
        var run = Cli.run("report", "emerging", "--uri", "bolt://localhost:1");

        assertEquals(2, run.exitCode());
        assertEquals("papergraph: no report named 'emerging'; available: authors, category-topics, cluster, coauthors,"
                + " digest, emerging-terms, search, similar-papers, term, topic-clusters, vocabulary\n", run.err());
    }

    @Test
    void missingParameterIsReportedBeforeConnecting() {
        var run = Cli.run("report", "similar-papers", "--uri", "bolt://localhost:1");

        assertEquals(2, run.exitCode());
        assertEquals("papergraph: report 'similar-papers' needs --param arxivId=…; its parameters: arxivId (required,"
                + " e.g. '2511.05518'), limit (default 10), maxTermPapers (default 5000)\n", run.err());
    }

    @Test
    void unreachableServerIsOneLine() {
        var run = Cli.run("report", "topic-clusters", "--uri", "bolt://localhost:1");

        assertEquals(1, run.exitCode());
        assertEquals("papergraph: cannot reach Neo4j at bolt://localhost:1 (is the server running, and is the address"
                + " right?)\n", run.err());
    }

    @Test
    void printGivesTheReportReadyForTheBrowser() {
        var run = Cli.run("report", "term", "--print");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith(":param term => 'LLM'\n:param limit => 10\n\n// Title: One term and its neighbourhood\n"),
                run.out());
    }

    @Test
    void browserGuidePrintsTheStyleCommandAndReports() {
        var guide = Cli.run("browser-guide");
        assertEquals(0, guide.exitCode(), guide.err());
        assertTrue(guide.out().contains(":style\nnode {"), guide.out());
        assertTrue(guide.out().contains("//   topic-clusters - Topic clusters"), guide.out());

        var style = Cli.run("browser-guide", "--style");
        assertTrue(style.out().startsWith("node {"), style.out());
        assertTrue(style.out().contains("node.Cluster {"), style.out());

        var report = Cli.run("browser-guide", "--report", "search");
        assertTrue(report.out().startsWith(":param query => 'attention'\n:param limit => 10\n"), report.out());
    }

    @Test
    void clusterRejectsBadOptionsAsUsageErrors() {
        var algorithm = Cli.run("cluster", "--algorithm", "louvain");
        assertEquals(2, algorithm.exitCode());
        assertTrue(algorithm.err().contains("Unknown clustering algorithm 'louvain'; expected one of leiden-modularity,"
                + " leiden-cpm"), algorithm.err());

        var resolution = Cli.run("cluster", "--resolution", "0", "--uri", "bolt://localhost:1");
        assertEquals(2, resolution.exitCode());
        assertTrue(resolution.err().contains("resolution must be a positive number, got 0.0"), resolution.err());

        var engine = Cli.run("cluster", "--engine", "spark");
        assertEquals(2, engine.exitCode());
        assertTrue(engine.err().contains("expected auto, in-process or gds, got 'spark'"), engine.err());
    }

    @Test
    void helpListsTheNewCommands() {
        var run = Cli.run("--help");
        assertTrue(run.out().contains("report"), run.out());
        assertTrue(run.out().contains("cluster"), run.out());
        assertTrue(run.out().contains("browser-guide"), run.out());
    }
}
