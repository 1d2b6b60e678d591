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
    /**
     * Tab-separated values with a header row; lists joined with "; ", tabs and line breaks in cells made spaces. The
     * {@code vocabulary} report in this format is a thesaurus to edit and give to {@code --thesaurus}.
     */
    TSV,
    /** A JSON array of objects, one per row, lists and maps kept as JSON. */
    JSON,
    /** A GitHub-flavoured Markdown table. */
    MARKDOWN
}
