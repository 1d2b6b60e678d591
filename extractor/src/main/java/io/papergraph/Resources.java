package io.papergraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text resources packaged in the jars (Cypher statements, word lists, guides): one reader, so that a
 * missing or unreadable resource is always the same {@link PapergraphException} naming it. A name is relative to the
 * anchor class's package, or absolute on the class path when it starts with {@code /}.
 */
public final class Resources {

    private Resources() {
    }

    /** The whole text of a UTF-8 resource. */
    public static String text(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new PapergraphException("internal error: resource " + path(anchor, name) + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PapergraphException("internal error: cannot read resource " + path(anchor, name) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The lines of a UTF-8 resource. */
    public static List<String> lines(Class<?> anchor, String name) {
        return text(anchor, name).lines().toList();
    }

    /** The single Cypher statement of {@code NAME.cypher}, its {@code //} comment lines removed. */
    public static String cypher(Class<?> anchor, String name) {
        var kept = new StringBuilder();
        for (String line : text(anchor, name + ".cypher").split("\n")) {
            if (!line.stripLeading().startsWith("//")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().strip();
    }

    /** The statements of a Cypher file holding several, each ending with a semicolon at the end of a line. */
    public static List<String> cypherStatements(Class<?> anchor, String name) {
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        for (String line : cypher(anchor, name).split("\n")) {
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

    private static String path(Class<?> anchor, String name) {
        return name.startsWith("/") ? name.substring(1)
                : anchor.getPackageName().replace('.', '/') + "/" + name;
    }
}
