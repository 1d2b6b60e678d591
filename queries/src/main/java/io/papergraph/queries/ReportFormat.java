package io.papergraph.queries;

/** How {@code papergraph report} prints rows. */
public enum ReportFormat {
    /**
     * Aligned columns fitted to the terminal width (80 by default), long cells cut with an ellipsis; when
     * the columns cannot share the width readably, one block per row with one line per column.
     */
    TABLE,
    /** RFC 4180 CSV with a header row; lists joined with "; ". */
    CSV,
    /** A JSON array of objects, one per row, lists and maps kept as JSON. */
    JSON,
    /** A GitHub-flavoured Markdown table. */
    MARKDOWN
}
