package io.papergraph.loader.write;

import io.papergraph.Futures;
import io.papergraph.loader.connection.Neo4jConnection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import org.neo4j.driver.Record;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * The writes and reads of one load: statements run over rows in batches on several sessions at once, each batch
 * with an idempotency marker, and the figures and step times the load reports. One writer serves one load (or one
 * completed import), so that its figures, markers and progress are that load's alone.
 */
public final class BatchWriter {

    /** Statements that merge rows by key, writing the properties of those that exist (changed ones only for terms). */
    private static final Set<String> REWRITES = Set.of("terms-merge", "papers-merge");

    private final Neo4jConnection connection;
    private final int batchSize;
    private final int writerThreads;
    /** Tells this load's batch markers from those of a load that died. */
    private final String loadId = UUID.randomUUID().toString();
    private final AtomicLong stepNumber = new AtomicLong();
    private final AtomicLong nodesCreated = new AtomicLong();
    private final AtomicLong nodesDeleted = new AtomicLong();
    private final AtomicLong relationshipsCreated = new AtomicLong();
    private final AtomicLong relationshipsDeleted = new AtomicLong();
    private final AtomicLong elementsUpdated = new AtomicLong();
    private final AtomicLong propertiesSet = new AtomicLong();
    private final List<LoadStep> steps = Collections.synchronizedList(new ArrayList<>());
    private ProgressBar progress;

    /**
     * A writer whose figures start from what was written before it (an import's nodes, relationships, properties and
     * steps), or from nothing.
     */
    public BatchWriter(Neo4jConnection connection, int batchSize, int writerThreads, long nodes, long relationships,
            long properties, List<LoadStep> earlierSteps) {
        this.connection = connection;
        this.batchSize = batchSize;
        this.writerThreads = writerThreads;
        nodesCreated.set(nodes);
        relationshipsCreated.set(relationships);
        propertiesSet.set(properties);
        steps.addAll(earlierSteps);
    }

    /** Advances the given bar by the rows of each batch that creates or merges; null for none. */
    public void showProgress(ProgressBar bar) {
        progress = bar;
    }

    /** Closes the progress bar, if one is shown. */
    public void closeProgress() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    /** Records a step that ran elsewhere (on a thread beside the writes, say). */
    public void step(LoadStep step) {
        steps.add(step);
    }

    /** The steps so far, in the order they ended. */
    public List<LoadStep> steps() {
        synchronized (steps) {
            return List.copyOf(steps);
        }
    }

    public long nodesCreated() {
        return nodesCreated.get();
    }

    public long nodesDeleted() {
        return nodesDeleted.get();
    }

    public long relationshipsCreated() {
        return relationshipsCreated.get();
    }

    public long relationshipsDeleted() {
        return relationshipsDeleted.get();
    }

    public long elementsUpdated() {
        return elementsUpdated.get();
    }

    public long propertiesSet() {
        return propertiesSet.get();
    }

    /**
     * Writes rows with the named statement, in batches of the configured size, each in its own transaction. The
     * rows of one statement never conflict (distinct keys, papers or element ids), so batches run on up to
     * {@code writerThreads} sessions at once: while the server writes one batch, the next is sent.
     */
    public void run(String name, List<?> rows) {
        run(name, rows, null);
    }

    /**
     * {@link #run(String, List)}, handing the records the statement returns to {@code returned} (batch by batch, from
     * up to {@code writerThreads} threads at once); {@code returned} is told when the records of a
     * batch are lost (its reply was lost, and the retry found the batch written).
     */
    public void run(String name, List<?> rows, Returned returned) {
        if (rows.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        long createdBefore = nodesCreated.get();
        try {
            write(name, rows, returned);
            if (name.endsWith("-update")) {
                elementsUpdated.addAndGet(rows.size());
            } else if (REWRITES.contains(name)) {
                elementsUpdated.addAndGet(rows.size() - (nodesCreated.get() - createdBefore));
            }
        } finally {
            steps.add(new LoadStep(name, rows.size(), Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** Receives what a write statement returns. */
    public interface Returned {
        /** The records of the batch of rows from {@code from} on. */
        void records(int from, List<Record> records);

        void lost();
    }

    private void write(String name, List<?> rows, Returned returned) {
        String statement = Cypher.statement(name);
        String markers = loadId + "/" + stepNumber.incrementAndGet() + "/";
        int batches = (rows.size() + batchSize - 1) / batchSize;
        int threads = Math.min(writerThreads, batches);
        if (threads == 1) {
            writeBatches(name, markers, statement, rows, 0, 1, returned);
            return;
        }
        var pool = Executors.newFixedThreadPool(threads, r -> {
            var t = new Thread(r, "papergraph-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            var writers = new ArrayList<Future<?>>();
            for (int i = 0; i < threads; i++) {
                int first = i;
                writers.add(pool.submit(() -> writeBatches(name, markers, statement, rows, first, threads, returned)));
            }
            for (var writer : writers) {
                Futures.await(writer, "loading into Neo4j");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes every {@code step}-th batch from batch {@code first} on, in one session. Each batch transaction also
     * creates a {@code LoadBatch} marker: when the driver retries a batch whose commit succeeded but whose reply
     * was lost (a connection dropped at that moment), the marker shows that the batch is in and it is not written
     * twice. The markers of a load are removed when it ends (and those of a load that died, when the next starts).
     */
    private void writeBatches(String name, String markers, String statement, List<?> rows, int first, int step,
            Returned returned) {
        try (var session = connection.session()) {
            for (int from = first * batchSize; from < rows.size(); from += step * batchSize) {
                var batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
                var marker = Map.<String, Object>of("id", markers + from);
                var attempts = new AtomicLong();
                var written = session.executeWrite(tx -> {
                    if (attempts.getAndIncrement() > 0 && tx.run(Cypher.statement("load-batch-written"), marker).hasNext()) {
                        return null;
                    }
                    tx.run(Cypher.statement("load-batch-mark"), marker).consume();
                    var result = tx.run(statement, Map.of("rows", batch));
                    var records = returned == null ? List.<Record>of() : result.list();
                    return new WrittenBatch(result.consume().counters(), records);
                });
                if (written != null) {
                    count(written.counters());
                    if (returned != null) {
                        returned.records(from, written.records());
                    }
                } else if (returned != null) {
                    returned.lost();
                }
                if (progress != null && (name.endsWith("-create") || name.endsWith("-merge"))) {
                    progress.stepBy(batch.size());
                }
            }
        }
    }

    private record WrittenBatch(SummaryCounters counters, List<Record> records) {
    }

    /** Removes the batch markers (of this load, or of one that died); not counted in the load's figures. */
    public void removeBatchMarkers() {
        try (var session = connection.session()) {
            session.executeWrite(tx -> tx.run(Cypher.statement("load-batches-remove")).consume());
        }
    }

    public void runStatement(String statement, Map<String, Object> parameters) {
        try (var session = connection.session()) {
            count(session.executeWrite(tx -> tx.run(statement, parameters).consume().counters()));
        }
    }

    /** Runs the named read statement, passing each record on; counted as a step of the load. */
    public void read(String name, Map<String, Object> parameters, java.util.function.Consumer<Record> each) {
        read(name, parameters, each, "");
    }

    /** {@link #read(String, Map, java.util.function.Consumer)}, its step named with {@code suffix}. */
    public void read(String name, Map<String, Object> parameters, java.util.function.Consumer<Record> each, String suffix) {
        long start = System.nanoTime();
        var records = new AtomicLong();
        try (var session = connection.session()) {
            session.executeRead(tx -> {
                records.set(0);
                tx.run(Cypher.statement(name), parameters).forEachRemaining(r -> {
                    records.incrementAndGet();
                    each.accept(r);
                });
                return null;
            });
        }
        steps.add(new LoadStep("read " + name + suffix, records.get(), Duration.ofNanos(System.nanoTime() - start)));
    }

    /** Adds what a statement did to the figures of the load. */
    public void count(SummaryCounters c) {
        nodesCreated.addAndGet(c.nodesCreated());
        nodesDeleted.addAndGet(c.nodesDeleted());
        relationshipsCreated.addAndGet(c.relationshipsCreated());
        relationshipsDeleted.addAndGet(c.relationshipsDeleted());
        propertiesSet.addAndGet(c.propertiesSet());
    }

    /** Runs a step that writes no rows (schema, waits) and records its time. */
    public void timed(String name, Runnable step) {
        long start = System.nanoTime();
        try {
            step.run();
        } finally {
            steps.add(new LoadStep(name, 0, Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    /** The items in consecutive slices of the batch size, for reads that take their keys as a parameter. */
    public <T> List<List<T>> batches(List<T> items) {
        var out = new ArrayList<List<T>>();
        for (int from = 0; from < items.size(); from += batchSize) {
            out.add(items.subList(from, Math.min(items.size(), from + batchSize)));
        }
        return out;
    }

    /** Key to element id of every node a statement returns ({@code key}, {@code id}). */
    public Map<String, String> elementIds(String statement, Map<String, Object> parameters) {
        var out = new HashMap<String, String>();
        read(statement, parameters, r -> out.put(r.get("key").asString(), r.get("id").asString()));
        return out;
    }
}
