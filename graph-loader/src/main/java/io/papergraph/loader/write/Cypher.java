package io.papergraph.loader.write;

import io.papergraph.PapergraphException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        return CACHE.computeIfAbsent(name, Cypher::read);
    }

    /** The statements of a file holding several, each ending with a semicolon at the end of a line. */
    public static List<String> statements(String name) {
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : statement(name).split("\n")) {
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return List.copyOf(out);
    }

    private static String read(String name) {
        String resource = FOLDER + name + ".cypher";
        try (InputStream in = Cypher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PapergraphException("internal error: Cypher resource " + resource + " is missing");
            }
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var kept = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.stripLeading().startsWith("//")) {
                    kept.append(line).append('\n');
                }
            }
            return kept.toString().strip();
        } catch (IOException e) {
            throw new PapergraphException("internal error: cannot read Cypher resource " + resource, e);
        }
    }
}
