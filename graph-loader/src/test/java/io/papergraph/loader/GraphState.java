package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papergraph.loader.connection.Neo4jConnection;
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

    /**
     * The check after a load that stopped half-way: part of the graph is written, no digest is marked loaded,
     * and the graph is not the clean one; loading the same input again reloads all five sample digests and
     * gives the clean graph.
     */
    static void assertStoppedLoadThenRerunGivesClean(Neo4jConnection connection, LoadInput all, GraphFingerprint clean) {
        assertTrue(count(connection, "MATCH (p:Paper) RETURN count(p)") > 0);
        assertTrue(contentHashes(connection).values().stream().allMatch(String::isEmpty), contentHashes(connection).toString());
        assertNotEquals(clean, GraphFingerprint.of(connection));
        var rerun = SampleInput.loader(connection, 1000).load(all);
        assertEquals(all.digests().size(), rerun.reloaded().size());
        assertEquals(clean, GraphFingerprint.of(connection));
    }
}
