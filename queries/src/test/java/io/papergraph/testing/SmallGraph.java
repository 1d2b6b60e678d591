package io.papergraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The statements of {@code small-graph.cypher}, split at the semicolons that end lines. */
public final class SmallGraph {

    private SmallGraph() {
    }

    public static List<String> statements() {
        try (var in = SmallGraph.class.getResourceAsStream("small-graph.cypher")) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split(";\\s*\\n")).map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.lines().allMatch(l -> l.strip().startsWith("//")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the small graph into the shared test server, replacing whatever was there. */
    public static void load() {
        TestNeo4j.get().reset(statements());
    }
}
