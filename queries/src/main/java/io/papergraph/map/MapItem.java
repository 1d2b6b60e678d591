package io.papergraph.map;

import java.util.Objects;

/**
 * A term placed on the map.
 *
 * @param id                 1, 2, … in the order of the map's items (VOSviewer's and Gephi's node id)
 * @param cluster            the number of its cluster on this map, 1 the one with most items
 * @param links              co-occurrence links to other items
 * @param totalLinkStrength  the papers of those links, summed
 */
public record MapItem(int id, MapTerm term, double x, double y, int cluster, int links, long totalLinkStrength) {

    public MapItem {
        Objects.requireNonNull(term, "term");
        if (id < 1 || cluster < 1) {
            throw new IllegalArgumentException("item ids and cluster numbers start at 1: " + term.key());
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("the position of " + term.key() + " is not a number");
        }
    }
}
