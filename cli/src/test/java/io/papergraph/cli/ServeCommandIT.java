package io.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.testsupport.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} and {@code load} on the embedded Neo4j: one store, Browser over HTTP on localhost. */
class ServeCommandIT {

    /** A store folder on free ports, and the extract output of the sample digests to load into it. */
    private record Store(Path extract, Path home, int bolt, int http, String[] options) {

        static Store in(Path tmp) throws java.io.IOException {
            var extract = Files.createDirectories(tmp.resolve("out"));
            LoadCommandIT.extractOutput(extract);
            var home = tmp.resolve("db");
            int bolt = FreePort.next();
            int http = FreePort.next();
            return new Store(extract, home, bolt, http, new String[] {"--db-dir", home.toString(), "--bolt-port", String.valueOf(bolt),
                "--http-port", String.valueOf(http), "--page-cache", "32"});
        }
    }

    @Test
    void loadsIntoTheEmbeddedStoreThenServesItWithBrowser(@TempDir Path tmp) throws Exception {
        var loaded = Store.in(tmp);
        var extract = loaded.extract();
        var store = loaded.home();
        int http = loaded.http();
        String[] ports = loaded.options();

        // A command that does not serve binds neither port: its own Neo4j takes a free Bolt port and starts no HTTP.
        try (var boltTaken = new java.net.ServerSocket(0); var httpTaken = new java.net.ServerSocket(0)) {
            String[] taken = {"--db-dir", store.toString(), "--bolt-port", String.valueOf(boltTaken.getLocalPort()),
                "--http-port", String.valueOf(httpTaken.getLocalPort()), "--page-cache", "32"};
            var load = Cli.run(concat(new String[] {"load", extract.toString()}, taken));
            assertEquals(0, load.exitCode(), load.err());
            assertTrue(load.out().contains("into embedded Neo4j, store " + store.toAbsolutePath()), load.out());
            var report = Cli.run(concat(new String[] {"report", "authors", "--timings"}, taken));
            assertEquals(0, report.exitCode(), report.err());
            assertTrue(report.out().contains("author"), report.out());
            for (String phase : List.of("start-up (Java, options)", "open the graph", "report authors", "close the graph",
                    "total (wall, since Java started)")) {
                assertTrue(report.err().contains(phase), "--timings names each phase on stderr\n" + report.err());
            }
        }
        assertTrue(Files.isDirectory(store.resolve("logs")), "Neo4j logs go into the store's logs folder");

        var serve = CompletableFuture.supplyAsync(() -> Cli.run(concat(new String[] {"serve", "--stop-after", "5"}, ports)));
        int status = waitForBrowser(http, serve);
        assertEquals(200, status);
        var run = serve.get();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Neo4j Browser: http://localhost:" + http + "/browser/"), run.out());
        assertTrue(run.out().contains("first query to try: MATCH (t:Term)"), run.out());
    }

    @Test
    void commandsOnAServedStoreWorkThroughItsBolt(@TempDir Path tmp) throws Exception {
        var served = Store.in(tmp);
        var extract = served.extract();
        var store = served.home();
        int bolt = served.bolt();
        String[] ports = served.options();
        assertEquals(0, Cli.run(concat(new String[] {"load", extract.toString()}, ports)).exitCode());

        var serve = CompletableFuture.supplyAsync(() -> Cli.run(concat(new String[] {"serve", "--stop-after", "25"}, ports)));
        assertEquals(200, waitForBrowser(served.http(), serve));
        var record = store.resolve("papergraph-serving.properties");
        for (int i = 0; i < 100 && !Files.isRegularFile(record); i++) {
            Thread.sleep(100);
        }
        assertTrue(Files.isRegularFile(record), "the serving process records its address in the store");

        // No ports, no --uri: the store's record leads there.
        var report = Cli.run("report", "authors", "--db-dir", store.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(report.err().contains("is served by process") && report.err().contains("bolt://localhost:" + bolt), report.err());
        assertTrue(report.out().contains("author") && !report.out().contains("(0 rows)"), report.out());
        // This extract has no term files, so no clusters: map works through the served store and says what is missing.
        var map = Cli.run("map", "-o", tmp.resolve("map").toString(), "--db-dir", store.toString());
        assertEquals(1, map.exitCode(), map.err());
        assertEquals(List.of("papergraph: the store " + store.toAbsolutePath().normalize() + " is served by process "
                + ProcessHandle.current().pid() + "; working through it at bolt://localhost:" + bolt,
                "papergraph: the graph has no clustered terms to map: run 'papergraph build' (or 'papergraph cluster' after a load"
                        + " with --no-cluster) first"), map.err().lines().toList());
        var load = Cli.run("load", extract.toString(), "--db-dir", store.toString());
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.out().contains("unchanged"), load.out());

        var second = Cli.run(concat(new String[] {"serve", "--stop-after", "1"}, ports));
        assertEquals(1, second.exitCode());
        assertTrue(second.err().contains("is served already by process"), second.err());

        assertEquals(0, serve.get().exitCode());
        assertFalse(Files.exists(record), "the record goes when the serving stops");
    }

    @Test
    void serveRefusesARemoteServer() {
        var run = Cli.run("serve", "--uri", "bolt://example.org:7687");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("papergraph: serve runs the embedded Neo4j"), run.err());
    }

    private static int waitForBrowser(int port, CompletableFuture<?> serve) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/browser/")).GET().build();
        while (!serve.isDone()) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                Thread.sleep(250);
            }
        }
        return -1;
    }

    private static String[] concat(String[] a, String[] b) {
        var out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
