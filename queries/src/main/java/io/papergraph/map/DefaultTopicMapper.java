package io.papergraph.map;

import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.loader.connection.Neo4jConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** {@link TopicMapper} over the Neo4j Java Driver, in one read transaction; the statements are {@code .cypher} files. */
final class DefaultTopicMapper implements TopicMapper {

    private final Driver driver;
    private final String database;

    DefaultTopicMapper(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    @Override
    public TermNetwork read(MapOptions options) {
        try (var session = driver.session(Neo4jConnection.sessionConfig(database, AccessMode.READ))) {
            return session.executeRead(tx -> {
                var terms = tx.run(statement("map-terms"), Map.of("maxTerms", options.maxTerms(),
                        "papersPerTerm", options.papersPerTerm())).list(DefaultTopicMapper::term);
                var keys = terms.stream().map(MapTerm::key).toList();
                var links = tx.run(statement("map-links"), Map.of("keys", keys)).list(r -> CoOccurrence.of(
                        r.get("source").asString(), r.get("target").asString(), r.get("papers").asNumber().intValue(),
                        r.get("strength").asNumber().doubleValue()));
                var clusters = tx.run(statement("map-clusters")).list(r -> new ClusterLabel(
                        r.get("id").asString(), r.get("label").asString(null), r.get("labelZh").asString(null)));
                return new TermNetwork(terms, links, clusters);
            });
        }
    }

    private static MapTerm term(org.neo4j.driver.Record row) {
        List<MapPaper> papers = row.get("topPapers").asList((Value p) -> new MapPaper(p.get("arxivId").asString(),
                p.get("title").asString(null)));
        return new MapTerm(row.get("key").asString(), row.get("name").asString(null),
                row.get("namesZh").asList(Value::asString), row.get("papers").asNumber().longValue(),
                row.get("cluster").asString(), papers);
    }

    private static String statement(String name) {
        var resource = name + ".cypher";
        try (var in = DefaultTopicMapper.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing statement " + resource + " in the papergraph-queries jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
