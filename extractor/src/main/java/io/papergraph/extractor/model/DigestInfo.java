package io.papergraph.extractor.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One digest file as read: its name, its date (from the header or, failing that, its entries), the
 * detected format, the SHA-256 of its bytes, how many entries it held and how many became papers.
 */
public record DigestInfo(String file, LocalDate date, DigestFormat format, String contentHash, int entries, int papers) {

    public DigestInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
