package io.papergraph.topics;

import io.papergraph.loader.write.Cypher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the clustering's Cypher statements from the {@code .cypher} files beside this class. */
final class Statements {

    private Statements() {
    }

    static String load(String name) {
        var resource = name + ".cypher";
        try (var in = Statements.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing statement " + resource + " in the papergraph-queries jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
