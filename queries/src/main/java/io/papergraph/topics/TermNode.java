package io.papergraph.topics;

import java.util.List;
import java.util.Objects;

/** A term as the clustering sees it: its key, and the names a cluster label is made of. */
public record TermNode(String key, String name, List<String> namesZh) {

    public TermNode {
        Objects.requireNonNull(key, "key");
        name = name == null || name.isBlank() ? key : name;
        namesZh = namesZh == null ? List.of() : List.copyOf(namesZh);
    }
}
