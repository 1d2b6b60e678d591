package io.papergraph.topics;

import io.papergraph.PapergraphException;
import io.papergraph.Sha256;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.loader.TermGraph;
import io.papergraph.loader.connection.Neo4jConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;

/** {@link TopicClusterer} over the Neo4j Java Driver; all statements come from {@code .cypher} files. */
final class DefaultTopicClusterer implements TopicClusterer {

    /** Rows (or deletions) per write transaction: small enough for any server's transaction memory. */
    static final int DEFAULT_BATCH_SIZE = 10_000;

    private final Driver driver;
    private final String database;
    private final int batchSize;

    DefaultTopicClusterer(Driver driver, String database, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.driver = driver;
        this.database = database;
        this.batchSize = batchSize;
    }

    private Session session() {
        return driver.session(Neo4jConnection.sessionConfig(database, AccessMode.WRITE));
    }

    @Override
    public CooccurrenceGraph readGraph() {
        try (var session = session()) {
            return session.executeRead(tx -> {
                var terms = tx.run(Statements.load("read-terms")).list(r -> new TermNode(
                        r.get("key").asString(), r.get("name").asString(null), r.get("namesZh").asList(v -> v.asString())));
                // The loader stores each pair from its smaller key; the order is taken from the keys, not the direction.
                var edges = tx.run(Statements.load("read-cooccurrences")).list(r -> CoOccurrence.of(r.get("source").asString(),
                        r.get("target").asString(), r.get("papers").asNumber().intValue(), r.get("strength").asNumber().doubleValue()));
                // A graph of a year of papers has millions of mentions: records are taken one at a time (list() would
                // buffer them all first), and each paper id and term key is held once, not once per mention.
                var termKeys = new HashMap<String, String>();
                terms.forEach(t -> termKeys.put(t.key(), t.key()));
                var paperIds = new HashMap<String, String>();
                var mentions = new ArrayList<WeightedMention>();
                tx.run(Statements.load("read-mentions")).forEachRemaining(r -> {
                    String termKey = r.get("termKey").asString();
                    String arxivId = r.get("arxivId").asString();
                    mentions.add(new WeightedMention(paperIds.computeIfAbsent(arxivId, id -> id),
                            termKeys.getOrDefault(termKey, termKey), r.get("weight").asNumber().doubleValue()));
                });
                return new CooccurrenceGraph(terms, edges, mentions);
            });
        }
    }

    @Override
    public boolean gdsAvailable() {
        try (var session = session()) {
            return session.executeRead(tx -> tx.run(Statements.load("gds-available")).single().get("available").asBoolean());
        }
    }

    @Override
    public TopicClusters compute(ClusterOptions options) {
        return compute(options, readGraph());
    }

    private TopicClusters compute(ClusterOptions options, CooccurrenceGraph graph) {
        return switch (engineFor(options)) {
            case GDS -> TermClustering.fromCommunities(graph, gdsCommunities(options), options.withEngine(ClusterEngine.GDS));
            default -> TermClustering.inProcess(graph, options.withEngine(ClusterEngine.IN_PROCESS));
        };
    }

    @Override
    public ClusteringSummary recompute(ClusterOptions options) {
        long start = System.nanoTime();
        return written(compute(options), start);
    }

    @Override
    public ClusteringSummary recompute(ClusterOptions options, TermGraph graph) {
        long start = System.nanoTime();
        return written(compute(options, CooccurrenceGraph.of(graph)), start);
    }

    /** Writes the result and sums it up, with the time since {@code start}. */
    private ClusteringSummary written(TopicClusters result, long start) {
        write(result);
        return ClusteringSummary.of(result, start);
    }

    private ClusterEngine engineFor(ClusterOptions options) {
        return switch (options.engine()) {
            case IN_PROCESS -> ClusterEngine.IN_PROCESS;
            case GDS -> {
                if (options.algorithm() != ClusterAlgorithm.LEIDEN_MODULARITY) {
                    throw new PapergraphException("GDS Leiden optimises modularity only; use --algorithm leiden-modularity"
                            + " with --engine gds, or --engine in-process for " + options.algorithm().cliName());
                }
                if (!gdsAvailable()) {
                    throw new PapergraphException("The server has no Graph Data Science library (procedure gds.leiden.stream"
                            + " not found); use --engine in-process or install the GDS plugin");
                }
                yield ClusterEngine.GDS;
            }
            case AUTO -> options.algorithm() == ClusterAlgorithm.LEIDEN_MODULARITY && gdsAvailable()
                    ? ClusterEngine.GDS : ClusterEngine.IN_PROCESS;
        };
    }

    /** Projects the co-occurrence graph into GDS, streams Leiden's communities and drops the projection. */
    private Map<String, Long> gdsCommunities(ClusterOptions options) {
        var graphName = "papergraph-terms-" + UUID.randomUUID();
        try (var session = session()) {
            session.executeWrite(tx -> tx.run(Statements.load("gds-project"), Map.of("graphName", graphName)).consume());
            try {
                return session.executeWrite(tx -> {
                    var communities = new HashMap<String, Long>();
                    tx.run(Statements.load("gds-leiden"), Map.of("graphName", graphName,
                                    "resolution", options.resolution(), "iterations", options.iterations(),
                                    "seed", options.seed()))
                            .forEachRemaining(r -> communities.put(r.get("key").asString(), r.get("communityId").asLong()));
                    return communities;
                });
            } finally {
                session.executeWrite(tx -> tx.run(Statements.load("gds-drop"), Map.of("graphName", graphName)).consume());
            }
        } catch (Neo4jException e) {
            throw new PapergraphException("GDS Leiden failed: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the previous clustering without one large transaction (at a year of papers it would outgrow the
     * server's transaction memory): this run's clusters and relationships are written in batches as
     * {@code ClusterDraft} nodes, which reports do not match; one small transaction then retires the old
     * {@code Cluster} nodes and promotes the drafts, so readers see the old clustering or the new one, never a mix;
     * the retired ones are deleted in batches. Drafts or retired clusters of an interrupted run go the same way.
     */
    private void write(TopicClusters result) {
        var generation = UUID.randomUUID().toString();
        var clusters = ClusterRows.clusters(result, readCategoriesOfPapers());
        var memberships = ClusterRows.memberships(result);
        var settings = new HashMap<>(ClusterRows.settings(result.options()));
        settings.put("generation", generation);
        settings.put("basis", basis(result.options()));
        try (var session = session()) {
            createSchema(session);
            deleteStale(session, generation);
            writeInBatches(session, "write-clusters", clusters, row -> row, settings);
            writeInBatches(session, "write-term-memberships", memberships, row -> row, settings);
            // A year of papers has millions of shares: each batch's rows are made when it is sent.
            writeInBatches(session, "write-paper-shares", result.shares(), ClusterRows::share, settings);
            session.executeWrite(tx -> tx.run(Statements.load("switch-clusters"), Map.of("generation", generation)).consume());
            deleteStale(session, generation);
        }
    }

    @Override
    public void completeImport(ClusterOptions options) {
        var basis = basis(options.withEngine(ClusterEngine.IN_PROCESS));
        try (var session = session()) {
            createSchema(session);
            session.executeWrite(tx -> tx.run(Statements.load("imported-clusters-empty-lists")).consume());
            session.executeWrite(tx -> tx.run(Statements.load("set-imported-clusters-basis"), Map.of("basis", basis)).consume());
        }
    }

    @Override
    public Optional<ClusteringSummary> current(ClusterOptions options) {
        long start = System.nanoTime();
        org.neo4j.driver.Record state;
        try (var session = session()) {
            state = session.executeRead(tx -> tx.run(Statements.load("read-clustering-state")).single());
        }
        if (state.get("clusters").asInt() == 0) {
            return Optional.empty();
        }
        var engine = engineFor(options);
        if (!state.get("bases").asList(v -> v.asString()).equals(List.of(basis(options.withEngine(engine))))) {
            return Optional.empty();
        }
        return Optional.of(new ClusteringSummary(engine, state.get("terms").asInt(), state.get("clusters").asInt(),
                state.get("small").asInt(), state.get("shares").asInt(), Duration.ofNanos(System.nanoTime() - start)));
    }

    /**
     * What a clustering with these options (their engine resolved) of the graph as it stands is computed from: the
     * options and every digest's file and content hash, hashed. The clusters store it; equal bases mean that a new
     * clustering would write what is there (the same graph and settings give the same clusters).
     */
    private String basis(ClusterOptions options) {
        var sha = Sha256.digest();
        var text = new StringBuilder("papergraph clustering 4\n").append(options.algorithm().cliName()).append('\n')
                .append(options.resolution()).append('\n').append(options.minClusterSize()).append('\n')
                .append(options.seed()).append('\n').append(options.iterations()).append('\n')
                .append(options.engine().name()).append('\n');
        sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
        try (var session = session()) {
            session.executeRead(tx -> {
                tx.run(Statements.load("read-digest-states")).forEachRemaining(r -> sha.update(
                        (r.get("file").asString() + '\u0000' + r.get("contentHash").asString() + '\n').getBytes(StandardCharsets.UTF_8)));
                return null;
            });
        }
        return Sha256.hex(sha);
    }

    private static void createSchema(Session session) {
        session.executeWrite(tx -> tx.run(Statements.load("create-cluster-constraint")).consume());
        session.executeWrite(tx -> tx.run(Statements.load("create-cluster-draft-index")).consume());
        session.executeWrite(tx -> tx.run(Statements.load("await-cluster-indexes")).consume());
    }

    /** The category codes of every paper that has any. */
    private Map<String, List<String>> readCategoriesOfPapers() {
        try (var session = session()) {
            return session.executeRead(tx -> {
                var categories = new HashMap<String, List<String>>();
                tx.run(Statements.load("read-paper-categories")).forEachRemaining(r -> categories.computeIfAbsent(
                        r.get("arxivId").asString(), p -> new ArrayList<>()).add(r.get("code").asString()));
                return categories;
            });
        }
    }

    /** Sends the rows a batch per transaction, each with the run's settings as further parameters. */
    private <T> void writeInBatches(Session session, String statement, List<T> rows,
            java.util.function.Function<T, Map<String, Object>> toRow, Map<String, Object> settings) {
        var query = Statements.load(statement);
        for (var batch : batches(rows)) {
            var parameters = new HashMap<>(settings);
            parameters.put("rows", batch.stream().map(toRow).toList());
            session.executeWrite(tx -> tx.run(query, Values.value(parameters)).consume());
        }
    }

    /** Deletes, a batch per transaction, every cluster that is neither current nor this run's draft. */
    private void deleteStale(Session session, String generation) {
        var parameters = Map.<String, Object>of("generation", generation, "limit", batchSize);
        for (var statement : List.of(Statements.load("delete-stale-cluster-relationships"),
                Statements.load("delete-stale-clusters"))) {
            long deleted;
            do {
                deleted = session.executeWrite(tx -> tx.run(statement, parameters).single().get("deleted").asLong());
            } while (deleted > 0);
        }
    }

    private <T> List<List<T>> batches(List<T> rows) {
        var batches = new ArrayList<List<T>>();
        for (int from = 0; from < rows.size(); from += batchSize) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + batchSize)));
        }
        return batches;
    }
}
