package io.papergraph.topics;

import java.util.Objects;

/** The share of a paper's weighted term mentions that falls into one cluster; a paper's shares sum to 1. */
public record PaperShare(String arxivId, String clusterId, double share) {

    public PaperShare {
        Objects.requireNonNull(arxivId, "arxivId");
        Objects.requireNonNull(clusterId, "clusterId");
    }
}
