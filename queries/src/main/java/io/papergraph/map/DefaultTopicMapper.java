package io.papergraph.map;

import io.papergraph.Futures;
import io.papergraph.Resources;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.loader.connection.Neo4jConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * {@link TopicMapper} over the Neo4j Java Driver; the statements are {@code .cypher} files. The terms, links and
 * clusters are read in one transaction; the terms' top papers, which read every mention of every term on the map
 * (3.6 million at 100,000 papers), in {@link #PAPER_READS} parts side by side, so that a server's cores share them.
 */
final class DefaultTopicMapper implements TopicMapper {

    /** Read transactions that fetch the top papers at once. */
    static final int PAPER_READS = 4;

    private final Driver driver;
    private final String database;

    DefaultTopicMapper(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    @Override
    public TermNetwork read(MapOptions options) {
        record Listed(List<org.neo4j.driver.Record> terms, List<String> keys, List<CoOccurrence> links, List<ClusterLabel> clusters) {
        }
        Listed listed;
        try (var session = driver.session(Neo4jConnection.sessionConfig(database, AccessMode.READ))) {
            listed = session.executeRead(tx -> {
                var terms = tx.run(Resources.cypher(DefaultTopicMapper.class, "map-terms"),
                        Map.of("maxTerms", options.maxTerms())).list();
                var keys = terms.stream().map(r -> r.get("key").asString()).toList();
                var links = tx.run(Resources.cypher(DefaultTopicMapper.class, "map-links"), Map.of("keys", keys)).list(r -> CoOccurrence.of(
                        r.get("source").asString(), r.get("target").asString(), r.get("papers").asNumber().intValue(),
                        r.get("strength").asNumber().doubleValue()));
                var clusters = tx.run(Resources.cypher(DefaultTopicMapper.class, "map-clusters")).list(r -> new ClusterLabel(
                        r.get("id").asString(), r.get("label").asString(null), r.get("labelZh").asString(null)));
                return new Listed(terms, keys, links, clusters);
            });
        }
        var papers = topPapers(listed.keys(), options.papersPerTerm());
        var terms = listed.terms().stream().map(row -> term(row, papers.getOrDefault(row.get("key").asString(), List.of()))).toList();
        return new TermNetwork(terms, listed.links(), listed.clusters());
    }

    /** Each term's top papers, read in parts side by side. */
    private Map<String, List<MapPaper>> topPapers(List<String> keys, int papersPerTerm) {
        var statement = Resources.cypher(DefaultTopicMapper.class, "map-papers");
        int parts = Math.max(1, Math.min(PAPER_READS, keys.size()));
        var pool = Executors.newFixedThreadPool(parts, runnable -> {
            var thread = new Thread(runnable, "papergraph-map-papers");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var reads = new ArrayList<Future<Map<String, List<MapPaper>>>>();
            for (int part = 0; part < parts; part++) {
                // Every parts-th key, so that each part gets its share of the most mentioned terms.
                var share = new ArrayList<String>();
                for (int i = part; i < keys.size(); i += parts) {
                    share.add(keys.get(i));
                }
                reads.add(pool.submit(() -> readPapers(statement, share, papersPerTerm)));
            }
            var all = new HashMap<String, List<MapPaper>>();
            for (var read : reads) {
                all.putAll(Futures.await(read, "reading the map's papers"));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, List<MapPaper>> readPapers(String statement, List<String> keys, int papersPerTerm) {
        try (var session = driver.session(Neo4jConnection.sessionConfig(database, AccessMode.READ))) {
            return session.executeRead(tx -> {
                var out = new HashMap<String, List<MapPaper>>();
                tx.run(statement, Map.of("keys", keys, "papersPerTerm", papersPerTerm)).forEachRemaining(row -> out.put(
                        row.get("key").asString(), row.get("papers").asList((Value p) -> new MapPaper(p.get("arxivId").asString(),
                                p.get("title").asString(null)))));
                return out;
            });
        }
    }

    private static MapTerm term(org.neo4j.driver.Record row, List<MapPaper> papers) {
        return new MapTerm(row.get("key").asString(), row.get("name").asString(null),
                row.get("namesZh").asList(Value::asString), row.get("papers").asNumber().longValue(),
                row.get("cluster").asString(), papers);
    }
}
