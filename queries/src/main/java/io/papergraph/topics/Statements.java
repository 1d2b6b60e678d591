package io.papergraph.topics;

import io.papergraph.Resources;
import io.papergraph.loader.write.Cypher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the clustering's Cypher statements from the {@code .cypher} files beside this class. */
final class Statements {

    private Statements() {
    }

    static String load(String name) {
        return Resources.text(Statements.class, name + ".cypher");
    }
}
