package io.papergraph.topics;

import java.util.List;
import java.util.Objects;

/**
 * A topic: a group of terms that co-occur more than chance would have them.
 *
 * @param id       stable id: the key of the cluster's most connected term, so it survives reloads
 * @param label    the most distinctive term names, joined with " / "
 * @param labelZh  the Chinese names of those terms where the digests give them, or null
 * @param topTerms up to ten most distinctive term names, best first
 * @param small    fewer than the minimum cluster size terms and nothing to fold them into
 * @param members  the terms, best connected first
 */
public record TopicCluster(String id, String label, String labelZh, List<String> topTerms, boolean small,
        List<ClusterMember> members) {

    public TopicCluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        topTerms = List.copyOf(topTerms);
        members = List.copyOf(members);
    }

    public int size() {
        return members.size();
    }
}
