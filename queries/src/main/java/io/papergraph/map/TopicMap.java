package io.papergraph.map;

import java.util.List;

/** A laid-out topic map: items by id (item {@code i} at index {@code i - 1}), links, clusters by number. */
public record TopicMap(List<MapItem> items, List<MapLink> links, List<MapCluster> clusters) {

    public TopicMap {
        items = List.copyOf(items);
        links = List.copyOf(links);
        clusters = List.copyOf(clusters);
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (item.id() != i + 1) {
                throw new IllegalArgumentException("item " + item.term().key() + " has id " + item.id() + ", expected " + (i + 1));
            }
            if (item.cluster() > clusters.size()) {
                throw new IllegalArgumentException("item " + item.term().key() + " names cluster " + item.cluster()
                        + " of " + clusters.size());
            }
        }
        for (var link : links) {
            if (link.sourceId() > items.size() || link.targetId() > items.size()) {
                throw new IllegalArgumentException("link names an item not on the map: " + link);
            }
        }
    }

    /** The cluster of an item. */
    public MapCluster clusterOf(MapItem item) {
        return clusters.get(item.cluster() - 1);
    }
}
