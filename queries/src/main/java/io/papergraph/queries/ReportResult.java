package io.papergraph.queries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows a report returned, as plain Java values (strings, numbers, booleans, lists, maps; dates as
 * ISO strings), so every output format can render them.
 */
public record ReportResult(Report report, List<String> columns, List<List<Object>> rows) {

    public ReportResult {
        columns = List.copyOf(columns);
        var copy = new ArrayList<List<Object>>();
        for (var row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The values of one column, for tests and callers that want a single column. */
    public List<Object> column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        return rows.stream().map(r -> r.get(index)).toList();
    }
}
