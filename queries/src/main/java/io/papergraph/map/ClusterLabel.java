package io.papergraph.map;

import java.util.Objects;

/** A topic cluster's id and names, as the clustering stored them ({@code labelZh} may be null). */
public record ClusterLabel(String id, String label, String labelZh) {

    public ClusterLabel {
        Objects.requireNonNull(id, "id");
        label = label == null ? id : label;
    }
}
