package io.papergraph.loader.rows;

import io.papergraph.PapergraphException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        var in = ArxivCategories.class.getResourceAsStream("/io/papergraph/loader/arxiv-categories.tsv");
        if (in == null) {
            throw new PapergraphException("internal error: arxiv-categories.tsv is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                names.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new PapergraphException("internal error: cannot read arxiv-categories.tsv", e);
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}
