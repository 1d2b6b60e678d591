package io.papergraph.loader.schema;

import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.loader.write.Cypher;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The graph's constraints and indexes, from the schema resources: created where missing, each statement in a
 * transaction of its own (schema and data never share one), and waited for until they are online.
 */
public final class GraphSchema {

    /** How long a load waits for the indexes to come online after a schema step. */
    static final long INDEX_WAIT_SECONDS = 3_600;

    private final Neo4jConnection connection;

    public GraphSchema(Neo4jConnection connection) {
        this.connection = connection;
    }

    /**
     * Creates what the schema lacks and waits for the indexes. A graph loaded before has the whole schema: two reads
     * instead of a statement per constraint and index.
     */
    public void apply() {
        var present = presentIndexes();
        if (run("schema", present.keySet()) > 0 || !present.values().stream().allMatch("ONLINE"::equals)) {
            awaitIndexes();
        }
    }

    /**
     * Runs each statement of a schema resource in a transaction of its own (schema and data never share one), but
     * not those that create a constraint or index of a name in {@code present} (they would do nothing); returns how
     * many ran.
     */
    public int run(String name, Set<String> present) {
        int ran = 0;
        try (var session = connection.session()) {
            for (String statement : Cypher.statements(name)) {
                var created = SCHEMA_NAME.matcher(statement);
                if (created.lookingAt() && present.contains(created.group(1))) {
                    continue;
                }
                session.executeWrite(tx -> tx.run(statement).consume());
                ran++;
            }
        }
        return ran;
    }

    /** The name a schema statement creates a constraint or index by. */
    static final java.util.regex.Pattern SCHEMA_NAME = java.util.regex.Pattern.compile(
            "CREATE\\s+(?:CONSTRAINT|(?:FULLTEXT\\s+|RANGE\\s+|TEXT\\s+|POINT\\s+|VECTOR\\s+)?INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The indexes of the database by name (with those of the constraints), and their states. */
    public Map<String, String> presentIndexes() {
        var present = new HashMap<String, String>();
        try (var session = connection.session()) {
            session.executeRead(tx -> {
                present.clear();
                tx.run(Cypher.statement("schema-present")).forEachRemaining(r -> present.put(r.get("name").asString(), r.get("state").asString()));
                return null;
            });
        }
        return present;
    }

    /** Waits until every index is online (populated), for at most {@link #INDEX_WAIT_SECONDS}. */
    public void awaitIndexes() {
        try (var session = connection.session()) {
            session.run(Cypher.statement("indexes-await"), Map.of("seconds", INDEX_WAIT_SECONDS)).consume();
        }
    }
}
