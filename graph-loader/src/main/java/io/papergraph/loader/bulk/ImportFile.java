package io.papergraph.loader.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One CSV file for {@code neo4j-admin database import}: a header line of typed columns, then rows. Every text
 * is quoted (quotes doubled), so commas, quotes and line breaks go through with {@code --multiline-fields=true};
 * list items are joined with {@link #ARRAY_DELIMITER}. A value the import would not give back as it was (a list
 * item holding the delimiter, an empty list item) is refused with {@link Unimportable}, never altered.
 */
public final class ImportFile implements AutoCloseable {

    /** ASCII unit separator: the array delimiter handed to the import. */
    public static final char ARRAY_DELIMITER = '\u001F';

    /** A value that the CSV import cannot carry unchanged. */
    public static final class Unimportable extends io.papergraph.PapergraphException {
        Unimportable(String message) {
            super(message);
        }
    }

    private final Path path;
    private final BufferedWriter out;
    private final List<String> header;
    /** Per column: whether it is a property (not the start or end id of a relationship, {@code :START_ID(...)}). */
    private final boolean[] property;
    private long rows;
    private long values;
    private boolean lineBreaks;

    public ImportFile(Path path, List<String> header) {
        this.path = path;
        this.header = List.copyOf(header);
        this.property = new boolean[header.size()];
        for (int i = 0; i < property.length; i++) {
            property[i] = !header.get(i).startsWith(":");
        }
        try {
            this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            out.write(String.join(",", header));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write", e);
        }
    }

    public Path path() {
        return path;
    }

    /** Rows written. */
    public long rows() {
        return rows;
    }

    /** Property values written (null values and empty lists, which become no property, are not counted). */
    public long values() {
        return values;
    }

    /** Whether some text holds a line break: the import must then parse fields across lines (slower). */
    public boolean lineBreaks() {
        return lineBreaks;
    }

    /** Writes one row, a value per column; null values and empty lists are left empty (no property). */
    public void row(Object... columns) {
        if (columns.length != header.size()) {
            throw new IllegalArgumentException(path.getFileName() + ": " + header.size() + " values expected, got " + columns.length);
        }
        try {
            for (int i = 0; i < columns.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(i, columns[i]);
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write", e);
        }
    }

    private void write(int column, Object value) throws IOException {
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
                String text = String.valueOf(item);
                if (text.isEmpty() || text.indexOf(ARRAY_DELIMITER) >= 0) {
                    throw new Unimportable(path.getFileName() + " row " + (rows + 1) + ", column " + header.get(column)
                            + ": a list item is empty or holds U+001F, which the CSV import cannot carry");
                }
                if (joined.length() > 0) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(text);
            }
            quoted(joined.toString());
        } else if (value instanceof LocalDate date) {
            out.write(date.toString());
        } else {
            quoted(value.toString());
        }
        if (property[column]) {
            values++;
        }
    }

    private void quoted(String text) throws IOException {
        lineBreaks |= text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        out.write('"');
        out.write(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\""));
        out.write('"');
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
