package io.papergraph.topics;

import java.util.Objects;

/**
 * Two terms that appear in the same papers: {@code papers} is how many, {@code strength} the loader's
 * association measure. The clustering weighs edges by {@code papers}, a count every server agrees on.
 */
public record CoOccurrence(String source, String target, long papers, double strength) {

    public CoOccurrence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (source.equals(target)) {
            throw new IllegalArgumentException("A term does not co-occur with itself: " + source);
        }
        if (papers < 0) {
            throw new IllegalArgumentException("papers must not be negative: " + papers);
        }
    }
}
