package io.papergraph.extractor.model;

import java.util.Objects;

/**
 * Something in the input that did not go through as it should, reported with where it was, what was
 * expected and what was found. {@code entryDropped} says whether the entry it concerns was left out
 * (so that entries seen = papers kept + entries reported holds).
 */
public record Problem(String file, int line, Severity severity, String expected, String found, boolean entryDropped) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(expected, "expected");
        found = found == null ? "" : found;
    }

    /** An error that left an entry out. */
    public static Problem dropped(String file, int line, String expected, String found) {
        return new Problem(file, line, Severity.ERROR, expected, found, true);
    }

    /** An error about a whole file (unreadable, not a digest) or a warning that leaves the entry in. */
    public static Problem of(String file, int line, Severity severity, String expected, String found) {
        return new Problem(file, line, severity, expected, found, false);
    }

    /**
     * {@code file:line: expected ..., found "..."}: the one-line form users see. Line 0 means the problem
     * concerns the whole file, and is left out.
     */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + ": " + (severity == Severity.WARNING ? "warning: " : "")
                + expected + (found.isEmpty() ? "" : ", found \"" + found + "\"");
    }
}
