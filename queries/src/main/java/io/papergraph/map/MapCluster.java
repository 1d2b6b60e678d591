package io.papergraph.map;

import java.util.Objects;

/**
 * A cluster as the map numbers it.
 *
 * @param number  1, 2, … by items on the map, most first (VOSviewer numbers clusters so)
 * @param items   its items on the map
 * @param color   its colour, {@code #rrggbb}, the same in the page and the GEXF file
 */
public record MapCluster(int number, ClusterLabel label, int items, String color) {

    public MapCluster {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
        if (number < 1 || items < 1) {
            throw new IllegalArgumentException("a cluster on the map has a number and items: " + label.id());
        }
    }
}
