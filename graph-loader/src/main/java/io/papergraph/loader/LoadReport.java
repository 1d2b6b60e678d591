package io.papergraph.loader;

import java.time.Duration;
import java.util.List;

/**
 * What a load did: which digests it loaded, reloaded (content changed or an earlier load did not finish)
 * or skipped (already loaded with the same content), and what it changed in the graph.
 */
public record LoadReport(
        List<String> loaded, List<String> reloaded, List<String> skipped, int papersWritten, int papersRemoved,
        long nodesCreated, long nodesDeleted, long relationshipsCreated, long relationshipsDeleted, long propertiesSet,
        Duration elapsed) {

    public LoadReport {
        loaded = List.copyOf(loaded);
        reloaded = List.copyOf(reloaded);
        skipped = List.copyOf(skipped);
    }

    /** Graph elements written: nodes and relationships created. */
    public long elementsCreated() {
        return nodesCreated + relationshipsCreated;
    }

    /** Elements created per second of the whole load. */
    public double elementsPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return elementsCreated() / seconds;
    }

    /** The summary printed at the end of a load. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "digests: %d loaded, %d reloaded, %d unchanged (skipped); papers: %d written, %d removed%n"
                        + "nodes: %d created, %d deleted; relationships: %d created, %d deleted; properties set: %d%n"
                        + "time: %.1f s",
                loaded.size(), reloaded.size(), skipped.size(), papersWritten, papersRemoved,
                nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted, propertiesSet,
                elapsed.toMillis() / 1000.0);
    }
}
