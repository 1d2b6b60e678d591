package io.papergraph.topics;

import java.util.Objects;

/**
 * A term's membership of its cluster; {@code weight} in (0, 1] is its share of the cluster's internal
 * co-occurrence (the cluster's most connected term has 1), so Browser styles and reports can rank members.
 */
public record ClusterMember(String termKey, double weight) {

    public ClusterMember {
        Objects.requireNonNull(termKey, "termKey");
    }
}
