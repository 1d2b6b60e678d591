package io.papergraph.loader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A kind of relationship the loader keeps in step with the term ranking: its statement name prefix, the keys
 * of its ends in the wanted rows, and the properties it is compared and written by.
 */
record TermRelationship(String name, String from, String to, List<String> properties) {

    TermRelationship {
        properties = List.copyOf(properties);
    }

    /** Rows of {@code NAME-create}: the element ids of both ends, then the properties. */
    List<Object> createRows(List<? extends Map<String, Object>> wanted, Map<String, String> fromIds, Map<String, String> toIds) {
        return byElementId(wanted, from, fromIds, to, toIds, properties.toArray(String[]::new));
    }

    /** A row of {@code NAME-update}: the relationship's element id, then the properties. */
    List<Object> updateRow(String id, Map<String, Object> wanted) {
        var row = new ArrayList<Object>(1 + properties.size());
        row.add(id);
        properties.forEach(p -> row.add(wanted.get(p)));
        return row;
    }

    static final TermRelationship MENTIONS = new TermRelationship("mentions", "paper", "term",
            List.of("count", "inTitle", "weight", "forms"));
    static final TermRelationship CO_OCCURS = new TermRelationship("co-occurs", "a", "b", List.of("papers", "strength"));

    /**
     * Relationship rows as lists: the element ids of both ends (looked up by the keys the map rows name), then
     * the given properties in order. Each row is made when its batch is sent, so that a step's rows do not all
     * live (and survive garbage collections) at once.
     */
    static List<Object> byElementId(List<?> rows, String from, Map<String, String> fromIds, String to,
            Map<String, String> toIds, String... properties) {
        return new java.util.AbstractList<>() {
            @Override
            public Object get(int index) {
                var row = (Map<?, ?>) rows.get(index);
                var list = new ArrayList<Object>(2 + properties.length);
                list.add(elementId(fromIds, row.get(from)));
                list.add(elementId(toIds, row.get(to)));
                for (String property : properties) {
                    list.add(row.get(property));
                }
                return list;
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
    }

    private static String elementId(Map<String, String> ids, Object key) {
        String id = ids.get((String) key);
        if (id == null) {
            throw new IllegalStateException("internal error: no node was written for key " + key);
        }
        return id;
    }
}
