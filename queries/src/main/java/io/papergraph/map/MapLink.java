package io.papergraph.map;

/** A co-occurrence link between two items, by item id; its strength is the papers that mention both. */
public record MapLink(int sourceId, int targetId, long strength) {

    public MapLink {
        if (sourceId < 1 || targetId < 1 || sourceId == targetId) {
            throw new IllegalArgumentException("a link joins two different items: " + sourceId + " - " + targetId);
        }
    }
}
