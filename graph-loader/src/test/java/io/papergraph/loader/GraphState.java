package io.papergraph.loader;

import java.util.Map;
import java.util.TreeMap;

/** What a test reads back from the graph after a load stopped: digests and their marks, counts. */
final class GraphState {

    private GraphState() {
    }

    /** Every digest in the graph and its content hash ("" when it is not marked loaded). */
    static Map<String, String> contentHashes(Neo4jConnection connection) {
        var out = new TreeMap<String, String>();
        try (var session = connection.session()) {
            session.run("MATCH (d:Digest) RETURN d.file AS file, d.contentHash AS hash").forEachRemaining(r ->
                    out.put(r.get("file").asString(), r.get("hash").isNull() ? "" : r.get("hash").asString()));
        }
        return out;
    }

    static long count(Neo4jConnection connection, String cypher, Map<String, Object> parameters) {
        try (var session = connection.session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }

    static long count(Neo4jConnection connection, String cypher) {
        return count(connection, cypher, Map.of());
    }
}
