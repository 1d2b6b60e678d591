package io.papergraph.loader.write;

import io.papergraph.Resources;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loader's Cypher, read from the {@code .cypher} resources next to this class. Statements take all
 * data through {@code $parameters}; no user text is ever put into a statement.
 */
public final class Cypher {

    private static final String FOLDER = "/io/papergraph/loader/cypher/";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Cypher() {
    }

    /** The single statement in {@code NAME.cypher}, comment lines removed. */
    public static String statement(String name) {
        return CACHE.computeIfAbsent(name, n -> Resources.cypher(Cypher.class, FOLDER + n));
    }

    /** The statements of a file holding several, each ending with a semicolon at the end of a line. */
    public static List<String> statements(String name) {
        return Resources.cypherStatements(Cypher.class, FOLDER + name);
    }
}
