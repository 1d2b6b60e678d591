package io.papergraph.bench;

import io.papergraph.Resources;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.queries.Report;
import io.papergraph.queries.ReportCatalog;
import io.papergraph.queries.ReportParameter;
import io.papergraph.queries.ReportRunner;
import io.papergraph.topics.ClusterEngine;
import io.papergraph.topics.ClusterOptions;
import io.papergraph.topics.TopicClusterer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Report benchmark: every packaged report on the synthetic graph of {@link LoaderBenchmark} (papers with
 * authors, categories, one digest per 1,000 papers, term mentions and co-occurrences) plus its topic
 * clusters, each run once (that run includes query planning) and then three more times (their median is
 * printed). Optional parameters keep their defaults; required ones get a value the synthetic graph has (the
 * most mentioned term, the most prolific author, the largest cluster, a listed paper), so each report does
 * its full work. The graph is built once into HOME and reused by later runs with the same HOME; REPORT
 * names limit the run to those reports.
 *
 * <pre>java -cp "cli/target/papergraph.jar:cli/target/lib/*" io.papergraph.queries.ReportBenchmark PAPERS HOME [REPORT...]</pre>
 */
public final class ReportBenchmark {

    /** Runs after the first, whose median is printed: a shared machine makes single runs noisy. */
    private static final int AGAIN = 3;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int papers = Integer.parseInt(args[0]);
        Path home = Path.of(args[1]);
        var only = List.of(args).subList(2, args.length);
        boolean fresh = !Files.exists(home.resolve("data").resolve("databases").resolve("neo4j"));
        var settings = EmbeddedSettings.defaults().withHome(home).withPorts(0, -1).withPageCache(1L << 30);
        try (var server = EmbeddedNeo4j.start(settings);
                var connection = Neo4jConnection.open(new ConnectionSettings(server.boltUri(), null, null, null))) {
            if (fresh) {
                long started = System.nanoTime();
                var loader = GraphLoader.create(connection, new LoaderBenchmark.SyntheticRanking(papers / 2), LoaderOptions.defaults());
                loader.applySchema();
                loader.load(LoaderBenchmark.generate(papers));
                TopicClusterer.create(connection.driver(), connection.database())
                        .recompute(ClusterOptions.defaults().withEngine(ClusterEngine.IN_PROCESS));
                System.out.printf(Locale.ROOT, "built the graph of %,d synthetic papers in %.1f s%n", papers, (System.nanoTime() - started) / 1e9);
            } else {
                // a reused store: the schema may have grown since it was built
                GraphLoader.create(connection, new LoaderBenchmark.SyntheticRanking(papers / 2), LoaderOptions.defaults()).applySchema();
            }
            var values = requiredValues(connection);
            var runner = ReportRunner.create(connection.driver(), connection.database());
            for (var report : ReportCatalog.packaged().list()) {
                if (!only.isEmpty() && !only.contains(report.name())) {
                    continue;
                }
                var parameters = requiredParameters(report, values);
                long started = System.nanoTime();
                var result = runner.run(report, parameters);
                double first = (System.nanoTime() - started) / 1e9;
                var again = new double[AGAIN];
                for (int i = 0; i < AGAIN; i++) {
                    started = System.nanoTime();
                    runner.run(report, parameters);
                    again[i] = (System.nanoTime() - started) / 1e9;
                }
                Arrays.sort(again);
                System.out.printf(Locale.ROOT, "%-16s %6d rows  first %6.2f s  median of %d more %6.2f s  %s%n", report.name(),
                        result.rows().size(), first, AGAIN, again[AGAIN / 2], parameters);
            }
        }
    }

    /**
     * The parameters a benchmark run of the report gives: each required one from {@code values} (see
     * {@link #requiredValues}), or its default when the graph has no value for it.
     */
    public static Map<String, String> requiredParameters(Report report, Map<String, String> values) {
        var parameters = new HashMap<String, String>();
        report.parameters().stream().filter(ReportParameter::required)
                .forEach(p -> parameters.put(p.name(), values.getOrDefault(p.name(), String.valueOf(p.defaultValue()))));
        return parameters;
    }

    /**
     * Values of required parameters that name something the graph holds (the most mentioned term, the most
     * prolific author, the largest cluster, the first paper, a search), so that a timed report does its full
     * work; a parameter the graph has no value for is absent.
     */
    public static Map<String, String> requiredValues(Neo4jConnection connection) {
        String cypher = Resources.text(ReportBenchmark.class, "required-values.cypher");
        try (var session = connection.session()) {
            var row = session.run(cypher).single();
            var values = new HashMap<String, String>();
            for (var key : row.keys()) {
                if (!row.get(key).isNull()) {
                    values.put(key, row.get(key).asString());
                }
            }
            values.put("query", "synthetic topic");
            return values;
        }
    }
}
