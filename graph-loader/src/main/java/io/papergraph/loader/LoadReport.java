package io.papergraph.loader;

import io.papergraph.loader.write.LoadStep;
import java.time.Duration;
import java.util.List;

/**
 * What a load did: which digests it loaded, reloaded (content changed, an earlier load did not finish, or ranked
 * anew) or skipped (already loaded with the same content and ranking), and what it changed in the graph.
 * {@code rankedAnew}: the reloaded digests whose content had not changed, loaded again only because the ranking did
 * (another version of the ranking, {@code --min-df} or thesaurus), so that a user sees why an unchanged corpus took a
 * full load.
 */
public record LoadReport(
        List<String> loaded, List<String> reloaded, List<String> rankedAnew, List<String> skipped, int papersWritten,
        int papersRemoved,
        long nodesCreated, long nodesDeleted, long relationshipsCreated, long relationshipsDeleted, long elementsUpdated,
        long propertiesSet, Duration elapsed, List<LoadStep> steps) {

    public LoadReport {
        loaded = List.copyOf(loaded);
        reloaded = List.copyOf(reloaded);
        rankedAnew = List.copyOf(rankedAnew);
        skipped = List.copyOf(skipped);
        steps = List.copyOf(steps);
    }

    /** Graph elements written: nodes and relationships created. */
    public long elementsCreated() {
        return nodesCreated + relationshipsCreated;
    }

    /** Elements created per second of the whole load. */
    public double elementsPerSecond() {
        return elementsCreated() / seconds();
    }

    /**
     * Graph elements written: created, deleted, and existing ones whose properties were rewritten (mentions and
     * co-occurrences updated, terms and papers merged again). What an incremental load mostly does is the last.
     */
    public long elementsWritten() {
        return elementsCreated() + nodesDeleted + relationshipsDeleted + elementsUpdated;
    }

    /** Elements written per second of the whole load. */
    public double elementsWrittenPerSecond() {
        return elementsWritten() / seconds();
    }

    private double seconds() {
        return Math.max(elapsed.toNanos(), 1) / 1e9;
    }

    /** The summary printed at the end of a load. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "digests: %d loaded, %d reloaded%s, %d unchanged (skipped); papers: %d written, %d removed%n"
                        + "nodes: %d created, %d deleted; relationships: %d created, %d deleted; elements updated: %d;"
                        + " properties set: %d%n"
                        + "time: %.1f s",
                loaded.size(), reloaded.size(), rankedAnew.isEmpty() ? "" : " (" + rankedAnew.size()
                        + " of them for a new ranking: another --min-df or --thesaurus, or a new Papergraph version)",
                skipped.size(), papersWritten, papersRemoved,
                nodesCreated, nodesDeleted, relationshipsCreated, relationshipsDeleted, elementsUpdated, propertiesSet,
                elapsed.toMillis() / 1000.0);
    }

    /**
     * The steps of the load, one line each in the order they first ran: name, rows, seconds and rows per second;
     * a step that ran several times (once per slice of terms, say) is summed into one line.
     */
    public String describeSteps() {
        var summed = new java.util.LinkedHashMap<String, long[]>();
        for (LoadStep step : steps) {
            var sums = summed.computeIfAbsent(step.name(), k -> new long[2]);
            sums[0] += step.rows();
            sums[1] += step.elapsed().toNanos();
        }
        var out = new StringBuilder(String.format(java.util.Locale.ROOT, "%-28s %12s %9s %12s", "step", "rows", "seconds", "rows/s"));
        summed.forEach((name, sums) -> {
            double seconds = sums[1] / 1e9;
            out.append(String.format(java.util.Locale.ROOT, "%n%-28s %,12d %9.2f %,12.0f", name, sums[0], seconds,
                    sums[0] / Math.max(seconds, 1e-9)));
        });
        return out.toString();
    }
}
