package io.papergraph.queries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Renders a {@link ReportResult} as a table, CSV, TSV, JSON or Markdown. */
public final class ReportWriter {

    private static final String ELLIPSIS = "…";
    private static final int MIN_COLUMN = 6;
    /** A table column cut below this (or below its natural width, if smaller) switches to expanded display. */
    private static final int READABLE_COLUMN = 16;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /** Writes the result; {@code width} is the table's maximum line width in terminal columns. */
    public static void write(ReportResult result, ReportFormat format, int width, PrintWriter out) {
        switch (format) {
            case TABLE -> table(result, width, out);
            case CSV -> csv(result, out);
            case TSV -> tsv(result, out);
            case JSON -> json(result, out);
            case MARKDOWN -> markdown(result, out);
        }
        out.flush();
    }

    /** A cell as text: numbers without needless decimals, lists joined with ", ", null as empty. */
    static String text(Object value, String listSeparator) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> text(v, listSeparator)).collect(Collectors.joining(listSeparator));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + text(e.getValue(), listSeparator))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString().replace('\n', ' ').replace('\r', ' ');
    }

    private static void table(ReportResult result, int width, PrintWriter out) {
        var columns = result.columns();
        int n = columns.size();
        if (n == 0) {
            out.println("(no columns)");
            return;
        }
        var cells = new ArrayList<List<String>>();
        for (var row : result.rows()) {
            cells.add(row.stream().map(v -> text(v, ", ")).toList());
        }
        int[] natural = new int[n];
        for (int c = 0; c < n; c++) {
            natural[c] = displayWidth(columns.get(c));
            for (var row : cells) {
                natural[c] = Math.max(natural[c], displayWidth(row.get(c)));
            }
        }
        int[] widths = natural.clone();
        int budget = width - 2 * (n - 1);
        while (sum(widths) > budget) {
            int widest = 0;
            for (int c = 1; c < n; c++) {
                if (widths[c] > widths[widest]) {
                    widest = c;
                }
            }
            if (widths[widest] <= MIN_COLUMN) {
                break;
            }
            widths[widest]--;
        }
        for (int c = 0; c < n; c++) {
            if (widths[c] < Math.min(natural[c], READABLE_COLUMN) || sum(widths) > budget) {
                expanded(columns, cells, width, out);
                return;
            }
        }
        out.println(line(columns, widths));
        var rule = new ArrayList<String>();
        for (int c = 0; c < n; c++) {
            rule.add("-".repeat(widths[c]));
        }
        out.println(String.join("  ", rule));
        for (var row : cells) {
            out.println(line(row, widths));
        }
        out.println("(" + result.rows().size() + (result.rows().size() == 1 ? " row)" : " rows)"));
    }

    /**
     * One block per row, one line per column ({@code name  value}, long values wrapped), like psql's
     * expanded display: used when the columns cannot share the width without cutting them unreadably short.
     */
    private static void expanded(List<String> columns, List<List<String>> cells, int width, PrintWriter out) {
        int nameWidth = columns.stream().mapToInt(ReportWriter::displayWidth).max().orElse(0);
        int valueWidth = Math.max(MIN_COLUMN, width - nameWidth - 2);
        for (int r = 0; r < cells.size(); r++) {
            var title = "-[ " + (r + 1) + " ]";
            out.println(title + "-".repeat(Math.max(0, Math.min(width, 40) - title.length())));
            for (int c = 0; c < columns.size(); c++) {
                var wrapped = wrap(cells.get(r).get(c), valueWidth);
                var name = columns.get(c);
                for (int i = 0; i < wrapped.size(); i++) {
                    var label = i == 0 ? name : "";
                    out.println((label + " ".repeat(nameWidth - displayWidth(label) + 2) + wrapped.get(i)).stripTrailing());
                }
            }
        }
        out.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
    }

    /** Wraps at spaces to {@code width} terminal columns; a word longer than that is split. */
    static List<String> wrap(String value, int width) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        int used = 0;
        for (var word : value.split(" ", -1)) {
            int w = displayWidth(word);
            if (used > 0 && used + 1 + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (used > 0) {
                line.append(' ');
                used++;
            }
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                int cw = charWidth(cp);
                if (used + cw > width && used > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.appendCodePoint(cp);
                used += cw;
                i += Character.charCount(cp);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String line(List<String> values, int[] widths) {
        var line = new StringBuilder();
        for (int c = 0; c < values.size(); c++) {
            var cell = fit(values.get(c), widths[c]);
            line.append(cell);
            if (c < values.size() - 1) {
                line.append(" ".repeat(widths[c] - displayWidth(cell) + 2));
            }
        }
        return line.toString();
    }

    /** Cuts a cell to {@code width} terminal columns, ending it with an ellipsis when cut. */
    static String fit(String value, int width) {
        if (displayWidth(value) <= width) {
            return value;
        }
        var cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int w = charWidth(cp);
            if (used + w > width - 1) {
                break;
            }
            cut.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return cut + ELLIPSIS;
    }

    /** Terminal columns a string takes: East Asian wide characters take two. */
    static int displayWidth(String value) {
        return value.codePoints().map(ReportWriter::charWidth).sum();
    }

    private static int charWidth(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    private static void csv(ReportResult result, PrintWriter out) {
        delimited(result, ",", ReportWriter::csvCell, "\r\n", out);
    }

    /** A header row and a row per result row, cells made safe by {@code cell}, lists joined with "; ". */
    private static void delimited(ReportResult result, String separator, UnaryOperator<String> cell, String lineEnd,
            PrintWriter out) {
        out.print(result.columns().stream().map(cell).collect(Collectors.joining(separator)) + lineEnd);
        for (var row : result.rows()) {
            out.print(row.stream().map(v -> cell.apply(text(v, "; "))).collect(Collectors.joining(separator)) + lineEnd);
        }
    }

    private static String csvCell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** Tab-separated values: a cell cannot hold a tab or a line break, so these become spaces. */
    private static void tsv(ReportResult result, PrintWriter out) {
        delimited(result, "\t", ReportWriter::tsvCell, "\n", out);
    }

    private static String tsvCell(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static void json(ReportResult result, PrintWriter out) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : result.rows()) {
            var object = new LinkedHashMap<String, Object>();
            for (int c = 0; c < result.columns().size(); c++) {
                object.put(result.columns().get(c), row.get(c));
            }
            rows.add(object);
        }
        try {
            out.println(JSON.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void markdown(ReportResult result, PrintWriter out) {
        out.println("| " + result.columns().stream().map(ReportWriter::markdownCell).collect(Collectors.joining(" | ")) + " |");
        out.println("|" + result.columns().stream().map(c -> "---").collect(Collectors.joining("|")) + "|");
        for (var row : result.rows()) {
            out.println("| " + row.stream().map(v -> markdownCell(text(v, ", "))).collect(Collectors.joining(" | ")) + " |");
        }
    }

    private static String markdownCell(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|");
    }
}
