package io.papergraph.loader.write;

import java.time.Duration;
import java.util.Objects;

/**
 * One step of a load: a write statement over its rows (all batches), a read, the term ranking, or a schema
 * step (no rows), with its wall time. Shown by {@code --timings} so that a slow load says where its time went.
 */
public record LoadStep(String name, long rows, Duration elapsed) {

    public LoadStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(elapsed, "elapsed");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, was " + rows);
        }
    }
}
