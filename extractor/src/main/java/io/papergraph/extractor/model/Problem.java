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

    /** {@code file:line: expected ..., found "..."}: the one-line form users see. */
    public String describe() {
        return file + ":" + line + ": " + expected + (found.isEmpty() ? "" : ", found \"" + found + "\"");
    }
}
