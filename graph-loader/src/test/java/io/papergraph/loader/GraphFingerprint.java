package io.papergraph.loader;

import io.papergraph.Sha256;
import io.papergraph.loader.connection.Neo4jConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;

/**
 * A summary of a whole graph that two graphs share exactly when they hold the same nodes, relationships and
 * properties: node counts per label set, relationship counts per type, and a SHA-256 over the sorted
 * descriptions of every node (labels and properties) and relationship (type, end nodes, properties).
 * Internal ids play no part, so graphs built in different orders compare equal.
 */
public record GraphFingerprint(Map<String, Long> nodeCounts, Map<String, Long> relationshipCounts, String hash) {

    public GraphFingerprint {
        nodeCounts = Map.copyOf(nodeCounts);
        relationshipCounts = Map.copyOf(relationshipCounts);
    }

    /** Reads the fingerprint of the connection's database (in one read transaction). */
    public static GraphFingerprint of(Neo4jConnection connection) {
        try (var session = connection.session()) {
            return session.executeRead(tx -> {
                var nodeText = new HashMap<String, String>();
                var nodeCounts = new TreeMap<String, Long>();
                var lines = new ArrayList<String>();
                tx.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props").forEachRemaining(r -> {
                    var labels = new ArrayList<>(r.get("labels").asList(Value::asString));
                    labels.sort(null);
                    String text = String.join(":", labels) + describe(r.get("props").asMap());
                    nodeText.put(r.get("id").asString(), text);
                    nodeCounts.merge(String.join(":", labels), 1L, Long::sum);
                    lines.add("N " + text);
                });
                var relCounts = new TreeMap<String, Long>();
                tx.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, properties(r) AS props, elementId(b) AS b")
                        .forEachRemaining(r -> {
                            String type = r.get("type").asString();
                            relCounts.merge(type, 1L, Long::sum);
                            lines.add("R " + type + describe(r.get("props").asMap()) + " " + nodeText.get(r.get("a").asString())
                                    + " -> " + nodeText.get(r.get("b").asString()));
                        });
                lines.sort(null);
                return new GraphFingerprint(nodeCounts, relCounts, sha256(lines));
            });
        }
    }

    private static String describe(Map<String, Object> props) {
        return new TreeMap<>(props).toString();
    }

    private static String sha256(List<String> lines) {
        var digest = Sha256.digest();
        for (String line : lines) {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return Sha256.hex(digest);
    }
}
