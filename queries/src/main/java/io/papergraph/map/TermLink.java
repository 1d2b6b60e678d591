package io.papergraph.map;

import java.util.Objects;

/** A co-occurrence between two terms of the map, by term key: {@code papers} mention both. */
public record TermLink(String source, String target, long papers) {

    public TermLink {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (source.equals(target)) {
            throw new IllegalArgumentException("a term does not co-occur with itself: " + source);
        }
    }
}
