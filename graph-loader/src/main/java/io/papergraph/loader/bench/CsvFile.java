package io.papergraph.loader.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One CSV file for {@code neo4j-admin database import}: a header line of typed columns, then rows. Every value
 * is quoted (quotes doubled), so commas, quotes and line breaks in texts go through with
 * {@code --multiline-fields=true}; lists are joined with {@link #ARRAY_DELIMITER}, which no text may hold.
 */
final class CsvFile implements AutoCloseable {

    /** ASCII unit separator: the array delimiter handed to the import, removed from any value. */
    static final char ARRAY_DELIMITER = '\u001F';

    private final Path path;
    private final BufferedWriter out;
    private final int columns;
    private long rows;

    CsvFile(Path path, List<String> header) {
        this.path = path;
        this.columns = header.size();
        try {
            this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            out.write(String.join(",", header));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write", e);
        }
    }

    Path path() {
        return path;
    }

    long rows() {
        return rows;
    }

    /** Writes one row; null values are left empty (no property). */
    void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(path.getFileName() + ": " + columns + " values expected, got " + values.length);
        }
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(values[i]);
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write", e);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            return;
        }
        if (value instanceof Number || value instanceof Boolean) {
            out.write(value.toString());
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return;
            }
            var joined = new StringBuilder();
            for (var item : list) {
                if (joined.length() > 0) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(clean(String.valueOf(item)));
            }
            quoted(joined.toString());
        } else if (value instanceof LocalDate date) {
            out.write(date.toString());
        } else {
            quoted(clean(value.toString()));
        }
    }

    private void quoted(String text) throws IOException {
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }

    private static String clean(String text) {
        return text.indexOf(ARRAY_DELIMITER) < 0 ? text : text.replace(String.valueOf(ARRAY_DELIMITER), "");
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write", e);
        }
    }
}
