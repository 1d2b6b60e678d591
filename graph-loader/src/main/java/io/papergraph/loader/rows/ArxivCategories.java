package io.papergraph.loader.rows;

import io.papergraph.Resources;
import java.util.Map;
import java.util.TreeMap;

/** Human names of arXiv category codes ({@code cs.LG} is "Machine Learning"), from arXiv's taxonomy. */
public final class ArxivCategories {

    private static final Map<String, String> NAMES = read();

    private ArxivCategories() {
    }

    /** The category's name, or null for a code the taxonomy does not know. */
    public static String name(String code) {
        return NAMES.get(code);
    }

    /** The archive a code belongs to: {@code cs} for {@code cs.LG}, {@code hep-th} for {@code hep-th}. */
    public static String archive(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    /** Every known code with its name, sorted by code. */
    public static Map<String, String> all() {
        return NAMES;
    }

    private static Map<String, String> read() {
        var names = new TreeMap<String, String>();
        for (String line : Resources.lines(ArxivCategories.class, "/io/papergraph/loader/arxiv-categories.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            names.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}
