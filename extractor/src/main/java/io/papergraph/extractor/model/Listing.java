package io.papergraph.extractor.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One place a paper was listed: the digest file (its name, not its path), the digest's date, the entry's
 * rank in that digest (as printed, or its position when the digest prints none) and the entry's line.
 */
public record Listing(String digest, LocalDate date, Integer rank, int line, DigestFormat format) {

    public Listing {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(format, "format");
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
    }
}
