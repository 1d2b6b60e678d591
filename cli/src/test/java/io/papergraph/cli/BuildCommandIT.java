package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.extractor.DigestCorpusReader;
import io.papergraph.loader.GraphFingerprint;
import io.papergraph.loader.TestConnection;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.testsupport.FreePort;
import io.papergraph.testsupport.Neo4jExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code build}: digests through the parser and the term extractor into a server given by address. */
@ExtendWith({Neo4jExtension.class, TestConnection.class})
class BuildCommandIT {

    private static final String DIGEST = Path.of("..", "data", "digests", "000_58d367911e4c672a.txt").toString();
    private static final String OTHER_DIGEST = Path.of("..", "data", "digests", "002_1f9b1230fff0d1d4.txt").toString();

    @Test
    void extractsAndLoadsAndSkipsWhatIsLoaded(Neo4jConnection neo4j) {
        var run = Cli.run("build", DIGEST, "--uri", neo4j.uri(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Read 1 file(s), 1 digest(s): 32 entries, 32 distinct papers"), run.out());
        assertTrue(run.out().contains("digests: 1 loaded"), run.out());
        try (var session = neo4j.session()) {
            assertEquals(32, session.run("MATCH (p:Paper) RETURN count(p) AS n").single().get("n").asInt());
            assertEquals(32, session.run("MATCH (:Digest)-[l:LISTS]->() RETURN count(l) AS n").single().get("n").asInt());
            assertTrue(session.run("MATCH (t:Term) RETURN count(t) AS n").single().get("n").asInt() > 0);
        }
        var again = Cli.run("build", DIGEST, "--uri", neo4j.uri());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 loaded, 0 reloaded, 1 unchanged (skipped)"), again.out());
        assertTrue(again.out().contains("Analysed the terms of 0 paper(s); 32 other(s) are listed by digests loaded already."),
                again.out());
        assertTrue(again.out().contains(UP_TO_DATE), "nothing loaded: the clusters are kept\n" + again.out());
        var otherSettings = Cli.run("build", DIGEST, "--uri", neo4j.uri(), "--resolution", "1.5");
        assertEquals(0, otherSettings.exitCode(), otherSettings.err());
        assertTrue(otherSettings.out().contains("topic clusters") && !otherSettings.out().contains(UP_TO_DATE),
                "other settings: computed again\n" + otherSettings.out());
    }

    private static final String UP_TO_DATE = "(up to date: nothing loaded since they were computed with these settings)";

    @Test
    void analysesThePapersOfNewDigestsOnlyAndEndsWithTheGraphOfOneBuild(Neo4jConnection neo4j) {
        var first = Cli.run("build", DIGEST, "--uri", neo4j.uri(), "--no-progress");
        assertEquals(0, first.exitCode(), first.err());
        var both = Cli.run("build", DIGEST, OTHER_DIGEST, "--uri", neo4j.uri(), "--no-progress", "--timings");
        assertEquals(0, both.exitCode(), both.err());
        assertTrue(both.out().contains("rank terms (from the kept state)"),
                "the first build kept the ranking state of the server's graph\n" + both.out());
        int ofOther = new DigestCorpusReader().read(List.of(Path.of(OTHER_DIGEST))).papers().size();
        int ofBoth = new DigestCorpusReader().read(List.of(Path.of(DIGEST), Path.of(OTHER_DIGEST))).papers().size();
        assertTrue(ofBoth > ofOther, "the digests list other papers too");
        assertTrue(both.out().contains("Analysed the terms of " + ofOther + " paper(s); " + (ofBoth - ofOther)
                + " other(s) are listed by digests loaded already."), both.out());
        var inTwoSteps = GraphFingerprint.of(neo4j);
        try (var session = neo4j.session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
        }
        var atOnce = Cli.run("build", DIGEST, OTHER_DIGEST, "--uri", neo4j.uri(), "--no-progress");
        assertEquals(0, atOnce.exitCode(), atOnce.err());
        assertEquals(GraphFingerprint.of(neo4j), inTwoSteps);
    }

    @Test
    void noClusterLeavesTheClustersAsTheyWereUntilClusterRuns(Neo4jConnection neo4j) {
        var first = Cli.run("build", DIGEST, "--uri", neo4j.uri(), "--no-progress");
        assertEquals(0, first.exitCode(), first.err());
        long sharesBefore = single(neo4j, "MATCH (:Paper)-[s:IN_CLUSTER]->(:Cluster) RETURN count(s) AS n");
        assertTrue(sharesBefore > 0, first.out());

        var next = Cli.run("build", DIGEST, OTHER_DIGEST, "--uri", neo4j.uri(), "--no-progress", "--no-cluster");
        assertEquals(0, next.exitCode(), next.err());
        assertTrue(next.out().contains("Topic clusters not recomputed (--no-cluster); 'papergraph cluster' brings them up to date."),
                next.out());
        assertEquals(sharesBefore, single(neo4j, "MATCH (:Paper)-[s:IN_CLUSTER]->(:Cluster) RETURN count(s) AS n"));
        String papersWithShares = "MATCH (p:Paper) WHERE (p)-[:IN_CLUSTER]->() RETURN count(p) AS n";
        long withShares = single(neo4j, papersWithShares);
        assertTrue(single(neo4j, "MATCH (p:Paper) RETURN count(p) AS n") > withShares,
                "the second digest's papers have no shares yet");

        var rebuilt = Cli.run("build", DIGEST, OTHER_DIGEST, "--uri", neo4j.uri(), "--no-progress");
        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        assertTrue(rebuilt.out().contains("0 loaded, 0 reloaded, 2 unchanged (skipped)"), rebuilt.out());
        assertFalse(rebuilt.out().contains(UP_TO_DATE), "a digest was loaded after the clustering\n" + rebuilt.out());
        long afterRebuild = single(neo4j, papersWithShares);
        assertTrue(afterRebuild > withShares, rebuilt.out());

        var cluster = Cli.run("cluster", "--uri", neo4j.uri());
        assertEquals(0, cluster.exitCode(), cluster.err());
        assertFalse(cluster.out().contains(UP_TO_DATE), "'papergraph cluster' always computes\n" + cluster.out());
        assertEquals(afterRebuild, single(neo4j, papersWithShares), cluster.out());
    }

    private static long single(Neo4jConnection neo4j, String query) {
        try (var session = neo4j.session()) {
            return session.run(query).single().get("n").asLong();
        }
    }

    @Test
    void aNewEmbeddedStoreIsImportedAndHoldsTheGraphOfABuildOverBolt(Neo4jConnection neo4j, @TempDir Path tmp) throws Exception {
        var overBolt = Cli.run("build", DIGEST, OTHER_DIGEST, "--uri", neo4j.uri(), "--no-progress");
        assertEquals(0, overBolt.exitCode(), overBolt.err());
        assertFalse(overBolt.out().contains("neo4j-admin import"), overBolt.out());
        var expected = GraphFingerprint.of(neo4j);

        var store = tmp.resolve("db");
        // Two digests are far fewer papers than "auto" imports: "always" imports them anyway.
        String[] embedded = {"--bulk-import", "always", "--db-dir", store.toString(), "--bolt-port", String.valueOf(FreePort.next()),
                "--http-port", String.valueOf(FreePort.next()), "--no-progress", "--timings"};
        var imported = Cli.run(concat(new String[] {"build", DIGEST, OTHER_DIGEST}, embedded));
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("Importing 2 digest(s)") && imported.out().contains("neo4j-admin import"), imported.out());
        assertTrue(imported.out().contains("digests: 2 loaded"), imported.out());
        assertTrue(imported.out().contains("topic clusters") && imported.out().contains("(imported with the store)"),
                "the clusters are computed during the import\n" + imported.out());
        assertTrue(java.nio.file.Files.isRegularFile(store.resolve("papergraph-state").resolve("terms.bin"))
                && java.nio.file.Files.isRegularFile(store.resolve("papergraph-state").resolve("basis.json")),
                "the import keeps the ranking state in the store folder");
        try (var server = EmbeddedNeo4j.start(EmbeddedSettings.defaults().withHome(store).withPorts(0, -1).withPageCache(64L << 20));
             var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null))) {
            assertEquals(expected, GraphFingerprint.of(connection));
            // A store held (not served) by another Neo4j: the build says so before it reads any digest.
            var held = Cli.run(concat(new String[] {"build", DIGEST, OTHER_DIGEST}, embedded));
            assertEquals(1, held.exitCode(), held.out() + held.err());
            assertTrue(held.err().contains("it is in use by another process"), held.err());
            assertFalse(held.out().contains("Read "), "no digest read\n" + held.out());
        }
        var again = Cli.run(concat(new String[] {"build", DIGEST, OTHER_DIGEST}, embedded));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 loaded, 0 reloaded, 2 unchanged (skipped)"), again.out());
        assertTrue(again.out().contains(UP_TO_DATE), "the imported clusters are up to date\n" + again.out());

        var bolt = Cli.run(concat(new String[] {"build", DIGEST, "--no-cluster"},
                new String[] {"--db-dir", tmp.resolve("db2").toString(), "--bolt-port", String.valueOf(FreePort.next()),
                    "--http-port", String.valueOf(FreePort.next()), "--no-progress", "--no-ranking-state"}));
        assertEquals(0, bolt.exitCode(), bolt.err());
        assertFalse(java.nio.file.Files.exists(tmp.resolve("db2").resolve("papergraph-state")), "--no-ranking-state keeps none");
        assertTrue(bolt.out().contains("Loading 1 digest(s)") && !bolt.out().contains("neo4j-admin"),
                "auto: 32 papers are loaded through Bolt\n" + bolt.out());
    }

    private static String[] concat(String[] a, String[] b) {
        var out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void serveNeedsTheEmbeddedServer() {
        var run = Cli.run("build", DIGEST, "--uri", "bolt://localhost:1", "--serve");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("papergraph: --serve runs the embedded Neo4j"), run.err());
    }
}
