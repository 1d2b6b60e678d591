package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.model.ChineseTexts;
import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Listing;
import io.papergraph.extractor.model.Paper;
import io.papergraph.loader.ExtractOutput;
import io.papergraph.loader.TestConnection;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.FreePort;
import io.papergraph.testsupport.Neo4jExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith({Neo4jExtension.class, TestConnection.class})
class LoadCommandIT {

    private static final String SECRET = "never-print-me-42";

    /** An extract output folder with one digest of two papers. */
    static Path extractOutput(Path dir) throws IOException {
        var date = LocalDate.of(2026, 1, 5);
        var digest = new DigestInfo("day1.md", date, DigestFormat.CATEGORY_TOC, "abc123", 2, 2);
        var papers = List.of(
                new Paper("2601.00001", null, "Sparse Autoencoders for Retrieval", null, "https://arxiv.org/abs/2601.00001",
                        List.of("Ann Lee", "Bo Chen"), List.of("cs.LG"), "cs.LG", List.of(), "Abstract one.", ChineseTexts.NONE,
                        null, List.of(new Listing("day1.md", date, 1, 14, DigestFormat.CATEGORY_TOC))),
                new Paper("2601.00002", null, "Retrieval at Scale", null, "https://arxiv.org/abs/2601.00002",
                        List.of("Bo Chen"), List.of("cs.IR", "cs.LG"), "cs.IR", List.of(), null, ChineseTexts.NONE,
                        null, List.of(new Listing("day1.md", date, 2, 40, DigestFormat.CATEGORY_TOC))));
        Files.writeString(dir.resolve("digests.jsonl"), ExtractOutput.JSON.writeValueAsString(digest) + "\n");
        Files.writeString(dir.resolve("papers.jsonl"), papers.stream().map(p -> {
            try {
                return ExtractOutput.JSON.writeValueAsString(p);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.joining("\n")) + "\n", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void loadsIntoAServerGivenByUriAndSkipsWhatIsLoaded(Neo4jConnection neo4j, @TempDir Path dir) throws IOException {
        extractOutput(dir);
        var first = Cli.run("load", dir.toString(), "--uri", neo4j.uri(), "--batch-size", "1");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("digests: 1 loaded, 0 reloaded, 0 unchanged (skipped); papers: 2 written"), first.out());
        try (var session = neo4j.session()) {
            assertEquals(2, session.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asInt());
            assertEquals(3, session.run("MATCH (:Author)-[w:WROTE]->() RETURN count(w) AS n").single().get("n").asInt());
            assertEquals("Information Retrieval", session.run("MATCH (c:Category {code: 'cs.IR'}) RETURN c.name AS n")
                    .single().get("n").asString());
        }
        var again = Cli.run("load", dir.toString(), "--uri", neo4j.uri());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 loaded, 0 reloaded, 1 unchanged (skipped)"), again.out());
    }

    @Test
    void anUnreachableServerIsOneLineWithoutThePassword(@TempDir Path dir) throws IOException {
        extractOutput(dir);
        var passwordFile = Files.writeString(dir.resolve("pw"), SECRET + "\n");
        int port = FreePort.next();
        var run = Cli.run("load", dir.toString(), "--uri", "bolt://localhost:" + port, "--password-file", passwordFile.toString());
        assertEquals(1, run.exitCode());
        assertEquals("papergraph: cannot reach Neo4j at bolt://localhost:" + port
                + " (is the server running, and is the address right?)", run.err().strip());
        assertFalse(run.out().contains(SECRET) || run.err().contains(SECRET));
    }

    @Test
    void aMissingExtractOutputIsNamed(@TempDir Path dir) {
        var run = Cli.run("load", dir.toString(), "--uri", "bolt://localhost:1");
        assertEquals(1, run.exitCode());
        assertEquals("papergraph: " + dir.resolve("digests.jsonl") + " is missing (expected the output folder of 'papergraph extract')",
                run.err().strip());
    }

    @Test
    void helpListsTheConnectionOptionsButNoPasswordValue() {
        var run = Cli.run("load", "--help");
        assertEquals(0, run.exitCode());
        for (String option : List.of("--uri", "--username", "--database", "--password-file", "--ask-password", "--db-dir",
                "--bolt-port", "--http-port", "--embedded-auth", "--plugins", "--batch-size", "NEO4J_PASSWORD")) {
            assertTrue(run.out().contains(option), option);
        }
        assertFalse(run.out().contains("--password "));
    }
}
