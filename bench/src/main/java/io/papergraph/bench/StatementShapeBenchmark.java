package io.papergraph.bench;

import io.papergraph.FileTrees;
import io.papergraph.Resources;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.loader.write.Cypher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.neo4j.driver.Driver;

/**
 * How fast the shapes of statement the loader could use write relationships on this machine: the same
 * mention relationships (paper to term, four properties) created from map rows with unique-index look-ups,
 * list rows with index look-ups, list rows with element-id look-ups (also without the forms, and with the first
 * form as a string instead of a list), and rows grouped by paper; each shape
 * runs twice (the first round warms the server up) on an embedded Neo4j over Bolt, one transaction per batch.
 * It measures the ceiling the loader's own statements stand under.
 *
 * <pre>java -cp cli/target/papergraph.jar io.papergraph.loader.StatementShapeBenchmark [PAPERS] [BATCH]</pre>
 */
public final class StatementShapeBenchmark {

    private static final int MENTIONS_PER_PAPER = 15;

    private StatementShapeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int papers = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int terms = papers / 2;
        Path home = Files.createTempDirectory("papergraph-shapes-");
        var settings = EmbeddedSettings.defaults().withHome(home).withPorts(0, -1).withPageCache(1L << 30);
        try (var server = EmbeddedNeo4j.start(settings);
                var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null))) {
            var driver = connection.driver();
            try (var session = driver.session()) {
                Resources.cypherStatements(StatementShapeBenchmark.class, "shapes/schema").forEach(s -> session.run(s).consume());
            }
            System.out.printf(Locale.ROOT, "%,d papers, %,d terms, %,d mentions, batch %,d%n", papers, terms, papers * MENTIONS_PER_PAPER, batch);
            String text = "x".repeat(1_000);
            var paperRows = new ArrayList<Object>();
            for (int i = 0; i < papers; i++) {
                paperRows.add(Map.of("key", "p" + i, "text", text));
            }
            var termRows = new ArrayList<Object>();
            for (int i = 0; i < terms; i++) {
                termRows.add(Map.of("key", "t" + i, "text", "term " + i));
            }
            time(driver, "papers, map rows", "shapes/papers-maps", paperRows, batch);
            time(driver, "terms, map rows", "shapes/terms-maps", termRows, batch);
            var ids = new HashMap<String, String>();
            try (var session = driver.session()) {
                session.run(Resources.cypher(StatementShapeBenchmark.class, "shapes/ids")).forEachRemaining(r -> ids.put(r.get("key").asString(), r.get("id").asString()));
            }
            var random = new Random(1);
            var maps = new ArrayList<Object>();
            var keyLists = new ArrayList<Object>();
            var idLists = new ArrayList<Object>();
            var grouped = new ArrayList<Object>();
            for (int p = 0; p < papers; p++) {
                var chosen = new java.util.TreeSet<Integer>();
                while (chosen.size() < MENTIONS_PER_PAPER) {
                    chosen.add((int) (Math.pow(random.nextDouble(), 3) * terms));
                }
                var ofPaper = new ArrayList<Object>();
                for (int t : chosen) {
                    long count = 1 + random.nextInt(3);
                    boolean inTitle = random.nextInt(5) == 0;
                    double weight = random.nextDouble();
                    var forms = List.of("term " + t);
                    maps.add(Map.of("paper", "p" + p, "term", "t" + t, "count", count, "inTitle", inTitle, "weight", weight, "forms", forms));
                    keyLists.add(List.of("p" + p, "t" + t, count, inTitle, weight, forms));
                    idLists.add(List.of(ids.get("p" + p), ids.get("t" + t), count, inTitle, weight, forms));
                    ofPaper.add(List.of(ids.get("t" + t), count, inTitle, weight, forms));
                }
                grouped.add(List.of(ids.get("p" + p), ofPaper));
            }
            for (int round = 1; round <= 2; round++) {
                System.out.printf(Locale.ROOT, "round %d%n", round);
                timeAndRemove(driver, "mentions, map rows, index seeks", "shapes/mentions-by-key-maps", maps, batch);
                timeAndRemove(driver, "mentions, list rows, index seeks", "shapes/mentions-by-key-lists", keyLists, batch);
                timeAndRemove(driver, "mentions, list rows, element ids", "shapes/mentions-by-id-lists", idLists, batch);
                timeAndRemove(driver, "mentions, element ids, no forms", "shapes/mentions-by-id-no-forms", idLists, batch);
                timeAndRemove(driver, "mentions, element ids, form string", "shapes/mentions-by-id-first-form", idLists, batch);
                timeAndRemove(driver, "mentions, grouped by paper", "shapes/mentions-by-id-grouped", grouped,
                        Math.max(1, batch / MENTIONS_PER_PAPER));
            }
        } finally {
            FileTrees.delete(home);
        }
    }

    private static void timeAndRemove(Driver driver, String what, String statement, List<Object> rows, int batch) {
        time(driver, what, statement, rows, batch);
        try (var session = driver.session()) {
            session.run(Resources.cypher(StatementShapeBenchmark.class, "shapes/remove")).consume();
        }
    }

    /** Writes the rows in batches, one transaction each, and prints elements created per second. */
    private static void time(Driver driver, String what, String statement, List<Object> rows, int batch) {
        String cypher = Resources.cypher(StatementShapeBenchmark.class, statement);
        long start = System.nanoTime();
        long created = 0;
        try (var session = driver.session()) {
            for (int from = 0; from < rows.size(); from += batch) {
                var part = rows.subList(from, Math.min(rows.size(), from + batch));
                var counters = session.executeWrite(tx -> tx.run(cypher, Map.of("rows", part)).consume().counters());
                created += counters.nodesCreated() + counters.relationshipsCreated();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  %-36s %,10d elements in %6.2f s = %,8.0f elements/s%n", what, created, seconds, created / seconds);
    }
}
