package io.papergraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.PapergraphException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCatalogTests {

    private final ReportCatalog catalog = ReportCatalog.packaged();

    @Test
    void packagesTheReportsTheIssueAsksFor() throws IOException {
        var names = catalog.list().stream().map(Report::name).toList();
        assertEquals(List.of("authors", "category-topics", "cluster", "coauthors", "digest", "emerging-terms", "search",
                "similar-papers", "term", "topic-clusters", "vocabulary"), names);
        try (var files = Files.list(Path.of("reports"))) {
            assertEquals(names, files.map(f -> f.getFileName().toString().replace(".cypher", "")).sorted().toList(),
                    "reports.list names every .cypher file of queries/reports/");
        }
    }

    @Test
    void everyPackagedReportDocumentsItselfAndItsParameters() {
        for (var report : catalog.list()) {
            assertFalse(report.title().equals(report.name()), report.name() + " has a title");
            assertTrue(report.description().length() > 40, report.name() + " has a description");
            for (var parameter : report.parameters()) {
                assertFalse(parameter.description().isBlank(), report.name() + " documents " + parameter.name());
            }
            var declared = report.parameters().stream().map(ReportParameter::name).collect(Collectors.toSet());
            assertEquals(declared, Set.copyOf(ReportParser.usedParameters(report.cypher())),
                    report.name() + " declares exactly the parameters it uses");
        }
    }

    @Test
    void readsTheHeader() {
        var term = catalog.get("term");
        assertEquals("One term and its neighbourhood", term.title());
        assertTrue(term.description().startsWith("A term found by key, name, alias, acronym or Chinese name:"));
        assertTrue(term.description().endsWith("its papers and categories."), term.description());
        assertEquals(List.of(new ReportParameter("term", "the term: key, name, alias, acronym or Chinese name", "LLM", true),
                new ReportParameter("limit", "rows per section (co-occurring terms, papers, categories)", 10L, false)),
                term.parameters());
        assertEquals(List.of(":param term => 'LLM'", ":param limit => 10"), term.browserParamCommands());
    }

    @Test
    void bindsParametersWithTypesAndDefaults() {
        var term = catalog.get("term");
        assertEquals(Map.of("term", "RL", "limit", 3L), term.bind(Map.of("term", "RL", "limit", "3")));
        assertEquals(Map.of("digest", "latest", "limit", 50L), catalog.get("digest").bind(Map.of()));
    }

    @Test
    void missingUnknownAndMistypedParametersGetMessagesListingTheParameters() {
        var term = catalog.get("term");
        var missing = assertThrows(PapergraphException.class, () -> term.bind(Map.of()));
        assertEquals("report 'term' needs --param term=…; its parameters: term (required, e.g. 'LLM'),"
                + " limit (default 10)", missing.getMessage());
        assertEquals(2, missing.exitCode());

        var unknown = assertThrows(PapergraphException.class, () -> term.bind(Map.of("term", "x", "limt", "3")));
        assertTrue(unknown.getMessage().startsWith("report 'term' has no parameter limt; its parameters: term"),
                unknown.getMessage());

        var mistyped = assertThrows(PapergraphException.class, () -> term.bind(Map.of("term", "x", "limit", "ten")));
        assertEquals("report 'term': parameter 'limit' expects an integer, got 'ten'", mistyped.getMessage());
    }

    @Test
    void misspelledReportNameSuggestsTheClosestAndListsAll() {
        var e = assertThrows(PapergraphException.class, () -> catalog.get("topic-cluster"));
        assertEquals("no report named 'topic-cluster' (did you mean 'topic-clusters'?); available: authors,"
                + " category-topics, cluster, coauthors, digest, emerging-terms, search, similar-papers, term,"
                + " topic-clusters, vocabulary", e.getMessage());
        var far = assertThrows(PapergraphException.class, () -> catalog.get("xyzzy"));
        assertFalse(far.getMessage().contains("did you mean"), far.getMessage());
    }

    @Test
    void userReportsComeFromFilesAndDirectoriesAndReplacePackagedOnes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("term.cypher"), "// Title: My term report\nMATCH (t:Term) RETURN t.key AS key\n");
        Files.writeString(dir.resolve("notes.txt"), "not a report");
        var one = dir.resolve("single.cypher");
        Files.writeString(one, "// Title: Single\n// Parameters:\n//   n  how many\n// :param n => 1.5\nRETURN $n AS n\n");

        var withDir = ReportCatalog.withLocations(List.of("file:" + dir));
        assertEquals("My term report", withDir.get("term").title());
        assertEquals(12, withDir.list().size(), "eleven packaged, term replaced, single added, notes.txt ignored");
        assertEquals(1.5, ReportCatalog.withLocations(List.of(one.toString())).get("single").parameters().get(0).defaultValue());
        assertEquals("Topic clusters", ReportCatalog.withLocations(List.of("classpath:" + ReportCatalog.PACKAGED))
                .get("topic-clusters").title());

        var missing = assertThrows(PapergraphException.class,
                () -> ReportCatalog.withLocations(List.of("file:" + dir.resolve("nope"))));
        assertTrue(missing.getMessage().contains("is neither a .cypher file nor a directory"), missing.getMessage());
    }

    @Test
    void headerMistakesNameTheFileAndLine(@TempDir Path dir) throws IOException {
        var undeclared = dir.resolve("undeclared.cypher");
        Files.writeString(undeclared, "// Title: Undeclared\nMATCH (p:Paper) RETURN p LIMIT $limit\n");
        var e = assertThrows(PapergraphException.class, () -> ReportCatalog.withLocations(List.of(undeclared.toString())));
        assertEquals(undeclared + ": the query uses $limit but the header has no ':param' line for it", e.getMessage());

        var badValue = dir.resolve("bad-value.cypher");
        Files.writeString(badValue, "// Title: Bad\n// Parameters:\n//   x  a value\n// :param x => [1, 2]\nRETURN $x\n");
        var e2 = assertThrows(PapergraphException.class, () -> ReportCatalog.withLocations(List.of(badValue.toString())));
        assertTrue(e2.getMessage().startsWith(badValue + ":4: :param x has a value papergraph cannot read"), e2.getMessage());

        var noCommand = dir.resolve("no-command.cypher");
        Files.writeString(noCommand, "// Title: No command\n// Parameters:\n//   x  a value\nRETURN 1\n");
        var e3 = assertThrows(PapergraphException.class, () -> ReportCatalog.withLocations(List.of(noCommand.toString())));
        assertEquals(noCommand + ": parameter 'x' is listed under Parameters but has no ':param x => …' line", e3.getMessage());
    }

    @Test
    void browserGuideHasTheStyleAndTheClusterGraph() {
        var guide = BrowserGuide.guide(catalog.list());
        assertTrue(guide.contains(":style\nnode {"), guide);
        assertTrue(guide.contains("node.Cluster {"));
        assertTrue(guide.contains("relationship.IN_CLUSTER {"));
        assertTrue(guide.contains(":param cluster => 'attention'\n:param minShare => 0.5\n\n// Title: A cluster as a graph"));
        assertTrue(guide.contains("//   emerging-terms - Emerging terms"));
        assertEquals(List.of("cluster", "minShare"),
                BrowserGuide.clusterGraph().parameters().stream().map(ReportParameter::name).toList());
    }
}
