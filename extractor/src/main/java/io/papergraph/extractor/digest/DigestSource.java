package io.papergraph.extractor.digest;

import java.util.List;
import java.util.Objects;

/**
 * One digest's text, split into lines: {@code file} is the path as the user gave it (used in problem
 * reports), {@code name} the file name (used in listings).
 */
public record DigestSource(String file, String name, List<String> lines) {

    public DigestSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        lines = List.copyOf(lines);
    }

    /** Splits text on any line ending, dropping a leading byte order mark. */
    public static DigestSource of(String file, String name, String text) {
        var body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new DigestSource(file, name, List.of(body.split("\r\n|\r|\n", -1)));
    }

    /** Line {@code n}, counted from 1. */
    public String line(int n) {
        return lines.get(n - 1);
    }

    public int lineCount() {
        return lines.size();
    }
}
