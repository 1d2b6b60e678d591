package io.papergraph.bench.synthetic;

/** How a malformed entry of a synthetic corpus is malformed; either way the entry names no usable arXiv id. */
public enum MalformedKind {
    /** The link (and, in the ANNOUNCEMENT format, the announcement line) end after {@code YYMM.}. */
    TRUNCATED_ID,
    /** The {@code **link**} field is missing (FIELDS format). */
    MISSING_LINK
}
