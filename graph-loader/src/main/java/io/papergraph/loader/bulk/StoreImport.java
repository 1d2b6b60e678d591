package io.papergraph.loader.bulk;

import io.papergraph.Futures;
import io.papergraph.PapergraphException;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.GraphLoader;
import io.papergraph.loader.ImportedStore;
import io.papergraph.loader.LoadInput;
import io.papergraph.loader.LoaderOptions;
import io.papergraph.loader.TermGraph;
import io.papergraph.loader.rows.PaperRecord;
import io.papergraph.loader.rows.PaperRows;
import io.papergraph.loader.rows.TermRows;
import io.papergraph.loader.state.RankingStateStore;
import io.papergraph.loader.write.LoadStep;
import io.papergraph.loader.write.RowProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;

/**
 * Builds a new embedded store with {@code neo4j-admin database import} instead of write transactions: the first
 * load of a year of papers is a bulk import, several times faster than the server's transactional writes. The
 * rows are those the loader's fresh path writes ({@link PaperRows}, {@link TermRows}), so the graph is the same;
 * {@link GraphLoader#completeImport} then adds the schema and marks the digests loaded, over Bolt, once the server
 * runs on the store. Later loads into the store are incremental loads as usual.
 *
 * <p>The import works in {@code HOME/.papergraph-import} and moves the finished database into place at the end, so
 * an import that stops half-way leaves no store behind, only a folder the next import clears. The tool's output
 * goes to {@code HOME/logs/import.log}.
 */
public final class StoreImport {

    /** Where an import stages its files and database, inside the store folder. */
    public static final String STAGING = ".papergraph-import";

    /**
     * The least papers for which {@code --bulk-import auto} imports a new store: below that, the import's fixed
     * cost (the tool's start-up and stages, the schema) outweighs its speed (see BENCHMARKS.md: the sample
     * corpus, 411 papers, loads as fast through Bolt; 1,000 papers in 12.3 s by import, 16.3 s through Bolt).
     */
    public static final int AUTO_MIN_PAPERS = 1_000;

    /** Memory the import may use outside the heap. */
    static final String MAX_OFF_HEAP_MEMORY = "1G";

    private static final String DATABASE = "neo4j";

    private StoreImport() {
    }

    /**
     * Topic clusters computed while a new store is imported, from the graph the import writes, so that the store
     * opens clustered: at a year of papers this saves a clustering pass that reads millions of mentions back and
     * writes every paper's topic shares through Bolt. The clustering itself lives with the reports (queries module).
     */
    @FunctionalInterface
    public interface Clustering {

        /** Clusters the graph the import writes; called once its terms, co-occurrences and mentions are final. */
        Clusters cluster(ClusterInput input);
    }

    /**
     * What a clustering reads.
     *
     * @param graph              the terms, co-occurrences and weighted mentions being imported
     * @param categoriesOfPapers the arXiv category codes of each paper that has any
     */
    public record ClusterInput(TermGraph graph, Map<String, List<String>> categoriesOfPapers) {
        public ClusterInput {
            java.util.Objects.requireNonNull(graph, "graph");
            categoriesOfPapers = java.util.Collections.unmodifiableMap(categoriesOfPapers);
        }
    }

    /**
     * The topic clusters to import, as rows with the graph's property names (docs/graph-model.md). Lists are read
     * row by row while the files are written, so a large one may make each row when asked for it.
     *
     * @param clusters        Cluster nodes: id, label, labelZh, size, topTerms, small, papers, topPapers, categories,
     *                        algorithm, engine, resolution, minClusterSize, seed
     * @param termMemberships {@code (:Term)-[:IN_CLUSTER {weight}]->(:Cluster)}: termKey, clusterId, weight
     * @param paperShares     {@code (:Paper)-[:IN_CLUSTER {share}]->(:Cluster)}: arxivId, clusterId, share
     */
    public record Clusters(List<Map<String, Object>> clusters, List<Map<String, Object>> termMemberships,
            List<Map<String, Object>> paperShares) {
        public Clusters {
            clusters = java.util.Collections.unmodifiableList(clusters);
            termMemberships = java.util.Collections.unmodifiableList(termMemberships);
            paperShares = java.util.Collections.unmodifiableList(paperShares);
        }
    }

    /** Whether the store folder holds no database yet, so that a load into it can be an import. */
    public static boolean isNewStore(Path home) {
        return !Files.exists(databaseDirectory(home));
    }

    /**
     * Imports the input into the new store in {@code home}, which no server may have open.
     *
     * @throws ImportFile.Unimportable when a value cannot go through the CSV files unchanged: nothing is left in
     *                                 the store folder, and a load over Bolt can write the input instead
     */
    public static ImportedStore run(LoadInput input, TermRanking ranking, LoaderOptions options, Path home) {
        return run(input, ranking, options, home, null);
    }

    /**
     * Imports the input and the topic clusters that {@code clustering} computes from it (none when null) into the
     * new store in {@code home}, which no server may have open.
     *
     * @throws ImportFile.Unimportable when a value cannot go through the CSV files unchanged: nothing is left in
     *                                 the store folder, and a load over Bolt can write the input instead
     */
    public static ImportedStore run(LoadInput input, TermRanking ranking, LoaderOptions options, Path home,
            Clustering clustering) {
        long start = System.nanoTime();
        if (!isNewStore(home)) {
            throw new PapergraphException(home + " already holds a database; an import builds a new store only");
        }
        var steps = new ArrayList<LoadStep>();
        Path staging = home.resolve(STAGING);
        RankingStateStore.Staged staged = null;
        boolean done = false;
        try {
            var prepared = writeFiles(input, ranking, options, staging, clustering, steps);
            staged = prepared.staged().orElse(null);
            var written = prepared.files();
            long importStart = System.nanoTime();
            var figures = AdminImport.run(staging, written.files(), MAX_OFF_HEAP_MEMORY, home.resolve("logs").resolve("import.log"));
            steps.add(step("neo4j-admin import", figures.elements(), importStart));
            moveIntoPlace(staging, home);
            var imported = new ImportedStore(input.digests(), input.papers().size(), figures.nodes() - written.clusterNodes(),
                    figures.relationships() - written.clusterRelationships(), written.values(),
                    written.mentionsWithoutForms(), steps, Duration.ofNanos(System.nanoTime() - start), Optional.ofNullable(staged));
            done = true;
            return imported;
        } catch (IOException e) {
            throw new PapergraphException("cannot import into " + home + ": " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new PapergraphException("cannot write the import files in " + staging + ": " + e.getMessage(), e);
        } finally {
            if (!done && staged != null) {
                new RankingStateStore(staged.file().getParent()).discard(staged);
            }
            try {
                deleteTree(staging);
            } catch (IOException e) {
                // The next import clears it; the store itself is complete or absent.
            }
        }
    }

    /**
     * Ranks the input and writes the import files (and the ranking state beside the kept one). A method of its own so
     * that the rows it makes, millions of mentions and the ranking state at a year of papers, are garbage once it
     * returns: neo4j-admin import, which runs next in the same heap, would otherwise work beside them and spend its
     * time in full collections.
     */
    private static PreparedFiles writeFiles(LoadInput input, TermRanking ranking, LoaderOptions options, Path staging,
            Clustering clustering, List<LoadStep> steps) throws IOException {
        deleteTree(staging);
        Files.createDirectories(staging.resolve("csv"));
        long rankStart = System.nanoTime();
        var ranked = Ranked.of(input, ranking, options);
        var termRows = ranked.termRows();
        var firstListed = ranked.firstListed();
        steps.add(step("rank terms", ranked.termsById().size(), rankStart));
        Optional<RankingStateStore.Staged> staged = Optional.empty();
        if (options.rankingState().isPresent() && termRows.rankingState().isPresent()) {
            long stateStart = System.nanoTime();
            staged = new RankingStateStore(options.rankingState().get()).stage(termRows.rankingState().get(), firstListed);
            steps.add(step("write ranking state", termRows.rankingState().get().papers(), stateStart));
        }
        // The caller discards the staged state once it has it; until this returns, a failure (any, an
        // OutOfMemoryError too) leaves it to this method.
        boolean handedOver = false;
        try {
            long writeStart = System.nanoTime();
            var clusters = clustering == null ? null : new ClusteringBeside(clustering, clusterInput(termRows, ranked.rows()));
            var written = new GraphFiles(staging.resolve("csv"), options.progress());
            written.write(input.digests(), ranked.rows(), ranked.listed(), ranked.termsById(), termRows, clusters);
            if (clusters != null) {
                steps.add(clusters.step());
            }
            steps.add(step("write import files", written.rows(), writeStart));
            var prepared = new PreparedFiles(written, staged);
            handedOver = true;
            return prepared;
        } finally {
            if (!handedOver) {
                staged.ifPresent(s -> new RankingStateStore(s.file().getParent()).discard(s));
            }
        }
    }

    /**
     * Writes the import files of the input into {@code directory}, as {@link #run} writes them but without the topic
     * clusters and the ranking state: the files of a yardstick for neo4j-admin alone ({@code papergraph bench import}).
     */
    public static AdminImport.Files writeFiles(LoadInput input, TermRanking ranking, LoaderOptions options, Path directory) {
        var ranked = Ranked.of(input, ranking, options);
        try {
            Files.createDirectories(directory);
            var written = new GraphFiles(directory, options.progress());
            written.write(input.digests(), ranked.rows(), ranked.listed(), ranked.termsById(), ranked.termRows(), null);
            return written.files();
        } catch (IOException e) {
            throw new PapergraphException("cannot write the import files in " + directory + ": " + e.getMessage(), e);
        } catch (java.io.UncheckedIOException e) {
            throw new PapergraphException("cannot write the import files in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The input's rows and its ranked terms, as the import files hold them. */
    private record Ranked(PaperRows rows, Map<String, java.time.LocalDate[]> listed, Map<String, PaperTerms> termsById,
            Map<String, java.time.LocalDate> firstListed, TermRows termRows) {

        static Ranked of(LoadInput input, TermRanking ranking, LoaderOptions options) {
            var files = new HashSet<String>();
            input.digests().forEach(d -> files.add(d.file()));
            var termsById = new HashMap<String, PaperTerms>();
            input.paperTerms().forEach(t -> termsById.put(t.arxivId(), t));
            var papers = input.papers();
            var rows = PaperRows.of(papers, files, paper -> PaperRecord.of(paper, null));
            var listed = rows.listingDates();
            var firstListed = PaperRows.firstListed(listed);
            var termRows = TermRows.of(ranking, options.coOccurrence(), TermRows.freshPaperTerms(papers, termsById),
                    papers.size(), firstListed);
            return new Ranked(rows, listed, termsById, firstListed, termRows);
        }
    }

    /** The import files written, and the ranking state staged beside the kept one, if any. */
    private record PreparedFiles(GraphFiles files, Optional<RankingStateStore.Staged> staged) {
    }

    /** The clustering's view of the rows: made when asked for, except the few thousand terms. */
    private static ClusterInput clusterInput(TermRows termRows, PaperRows rows) {
        var categories = new HashMap<String, List<String>>();
        for (Object row : rows.inCategory()) {
            var inCategory = (Map<?, ?>) row;
            categories.computeIfAbsent((String) inCategory.get("paper"), p -> new ArrayList<>())
                    .add((String) inCategory.get("category"));
        }
        return new ClusterInput(TermGraph.of(termRows), categories);
    }

    /**
     * The clustering, run on a thread of its own while the graph's files are written: the files take one core, and
     * the clustering mostly one other.
     */
    private static final class ClusteringBeside {

        private final FutureTask<Clusters> task;
        private volatile LoadStep step;

        ClusteringBeside(Clustering clustering, ClusterInput input) {
            task = new FutureTask<>(() -> {
                long start = System.nanoTime();
                var clusters = clustering.cluster(input);
                step = StoreImport.step("topic clusters", clusters.paperShares().size(), start);
                return clusters;
            });
            var thread = new Thread(task, "papergraph-import-clustering");
            // An import that fails while writing the files leaves the clustering to finish unused, not to hold the JVM.
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits for the clusters; the clustering's own failure is thrown as it was. */
        Clusters get() {
            return Futures.await(task, "computing the topic clusters");
        }

        /** The clustering's step, with its own time (it overlaps the writing of the files). */
        LoadStep step() {
            get();
            return step;
        }
    }

    private static LoadStep step(String name, long rows, long start) {
        return new LoadStep(name, rows, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Path databaseDirectory(Path home) {
        return home.resolve("data").resolve("databases").resolve(DATABASE);
    }

    private static Path transactionsDirectory(Path home) {
        return home.resolve("data").resolve("transactions").resolve(DATABASE);
    }

    /** Transaction logs first, the database last: a store folder holds a database only once it is whole. */
    private static void moveIntoPlace(Path staging, Path home) throws IOException {
        var transactions = transactionsDirectory(home);
        deleteTree(transactions);
        if (Files.exists(transactionsDirectory(staging))) {
            Files.createDirectories(transactions.getParent());
            Files.move(transactionsDirectory(staging), transactions, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.createDirectories(databaseDirectory(home).getParent());
        Files.move(databaseDirectory(staging), databaseDirectory(home), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A column of an import file: a property and its import type (empty for strings). */
    private record Column(String name, String type) {
        String header() {
            return type.isEmpty() ? name : name + ":" + type;
        }
    }

    private static List<Column> columns(String... nameAndType) {
        var out = new ArrayList<Column>();
        for (int i = 0; i < nameAndType.length; i += 2) {
            out.add(new Column(nameAndType[i], nameAndType[i + 1]));
        }
        return List.copyOf(out);
    }

    private static final String S = "";

    /**
     * List properties stored even when empty; the import cannot, so completeImport sets the loader's, and the
     * clustering's completion its own.
     */
    private static final Set<String> EMPTY_LISTS_SET_AFTER = Set.of("Term.aliases", "Term.namesZh", "MENTIONS.forms",
            "Cluster.topPapers", "Cluster.categories");

    /**
     * The CSV files of the graph, written from the loader's rows. Every column is declared with its type as the
     * loader's statements store it (whole numbers as long); a row with a property no column declares is an
     * internal error, so that the import can never leave out what the loader writes.
     */
    private static final class GraphFiles {

        private final Path dir;
        private final boolean showProgress;
        private ProgressBar progress;
        private final Map<String, Path> nodes = new LinkedHashMap<>();
        private final Map<String, List<Path>> relationships = new LinkedHashMap<>();
        private long nodeCount;
        private long relationshipCount;
        private long clusterNodes;
        private long clusterRelationships;
        private long values;
        private boolean mentionsWithoutForms;
        private boolean lineBreaks;

        GraphFiles(Path dir, boolean showProgress) {
            this.dir = dir;
            this.showProgress = showProgress;
        }

        void write(List<DigestInfo> digests, PaperRows rows, Map<String, java.time.LocalDate[]> listed,
                Map<String, PaperTerms> termsById, TermRows termRows, ClusteringBeside clustering) {
            long total = digests.size() + rows.authors().size() + rows.categories().size() + rows.tags().size()
                    + termRows.terms().size() + rows.records().size() + rows.wrote().size() + rows.inCategory().size()
                    + rows.tagged().size() + rows.lists().size() + termRows.mentions().size() + termRows.coOccurrences().size();
            progress = RowProgress.start("Importing", total, showProgress);
            try {
                nodes("Digest", "file", columns("date", "date", "format", S, "entries", "long", "papers", "long"),
                        PaperRows.digestRows(digests));
                nodes("Author", "key", columns("name", S), rows.authorRows());
                nodes("Category", "code", columns("name", S, "archive", S), rows.categoryRows());
                nodes("Tag", "key", columns("name", S), rows.tagRows());
                nodes("Term", "key", columns("name", S, "aliases", "string[]", "acronym", S, "namesZh", "string[]",
                        "df", "long", "score", "double", "firstSeen", "date", "datedPapers", "long"),
                        new ArrayList<Object>(termRows.terms().values()));
                nodes("Paper", "arxivId", columns("version", "long", "title", S, "titleRaw", S, "url", S, "abstract", S,
                        "primaryCategory", S, "announceType", S, "summaryZh", S, "tldrZh", S, "motivationZh", S,
                        "methodZh", S, "resultZh", S, "conclusionZh", S, "keywordsZh", "string[]", "authors", "string[]",
                        "categories", "string[]", "tags", "string[]", "paperTerms", S, "firstListed", "date",
                        "lastListed", "date", "mentionsHash", S, "mentionNorm", "double"),
                        TermRows.mapRows(rows.records(), record -> {
                            var props = PaperRecord.fresh(record, listed, termsById);
                            String id = (String) record.get("arxivId");
                            props.put("mentionsHash", termRows.mentionHash(id));
                            props.put("mentionNorm", termRows.mentionNorm(id));
                            return props;
                        }));
                relationships("WROTE", "Author", "author", "Paper", "paper", columns("position", "long"), rows.wrote());
                relationships("IN_CATEGORY", "Paper", "paper", "Category", "category", columns("primary", "boolean"),
                        rows.inCategory());
                relationships("TAGGED", "Paper", "paper", "Tag", "tag", List.of(), rows.tagged());
                relationships("LISTS", "Digest", "digest", "Paper", "paper",
                        columns("rank", "long", "line", "long", "date", "date"), rows.lists());
                relationships("MENTIONS", "Paper", "paper", "Term", "term",
                        columns("count", "long", "inTitle", "boolean", "weight", "double", "forms", "string[]"),
                        TermRows.mapRows(termRows.mentions(), TermRows::mentionRow));
                relationships("CO_OCCURS", "Term", "a", "Term", "b", columns("papers", "long", "strength", "double"),
                        TermRows.mapRows(termRows.coOccurrences(), TermRows::coOccurrenceRow));
                if (clustering != null) {
                    var clusters = clustering.get();
                    if (progress != null) {
                        progress.maxHint(total + clusters.clusters().size() + clusters.termMemberships().size()
                                + clusters.paperShares().size());
                    }
                    writeClusters(clusters);
                }
            } finally {
                if (progress != null) {
                    progress.close();
                }
            }
        }

        /** Cluster nodes and both kinds of IN_CLUSTER, counted apart from the loader's graph. */
        private void writeClusters(Clusters clusters) {
            long nodesBefore = nodeCount;
            long relationshipsBefore = relationshipCount;
            nodes("Cluster", "id", columns("label", S, "labelZh", S, "size", "long", "topTerms", "string[]", "small", "boolean",
                    "papers", "long", "topPapers", "string[]", "categories", "string[]", "algorithm", S, "engine", S,
                    "resolution", "double", "minClusterSize", "long", "seed", "long"), clusters.clusters());
            relationships("IN_CLUSTER", "in_cluster-terms", "Term", "termKey", "Cluster", "clusterId",
                    columns("weight", "double"), clusters.termMemberships());
            relationships("IN_CLUSTER", "in_cluster-papers", "Paper", "arxivId", "Cluster", "clusterId",
                    columns("share", "double"), clusters.paperShares());
            clusterNodes = nodeCount - nodesBefore;
            clusterRelationships = relationshipCount - relationshipsBefore;
        }

        private void nodes(String label, String idProperty, List<Column> columns, List<?> rows) {
            nodeCount += file(label, label, List.of(idProperty + ":ID(" + label + ")"), List.of(idProperty), columns, rows);
            nodes.put(label, path(label));
        }

        private void relationships(String type, String startLabel, String startKey, String endLabel, String endKey,
                List<Column> columns, List<?> rows) {
            relationships(type, type, startLabel, startKey, endLabel, endKey, columns, rows);
        }

        /** Relationships of one type between one pair of labels, in the file {@code fileName}. */
        private void relationships(String type, String fileName, String startLabel, String startKey, String endLabel,
                String endKey, List<Column> columns, List<?> rows) {
            relationshipCount += file(type, fileName, List.of(":START_ID(" + startLabel + ")", ":END_ID(" + endLabel + ")"),
                    List.of(startKey, endKey), columns, rows);
            relationships.computeIfAbsent(type, t -> new ArrayList<>()).add(path(fileName));
        }

        private Path path(String labelOrType) {
            return dir.resolve(labelOrType.toLowerCase(java.util.Locale.ROOT) + ".csv");
        }

        /**
         * Writes the file of a label or type: the id columns (from the rows' {@code idKeys}), then the properties.
         * Returns the rows written.
         */
        private long file(String kind, String fileName, List<String> idHeaders, List<String> idKeys, List<Column> columns,
                List<?> rows) {
            var header = new ArrayList<String>(idHeaders);
            columns.forEach(c -> header.add(c.header()));
            var known = new HashSet<String>(idKeys);
            columns.forEach(c -> known.add(c.name()));
            try (var file = new ImportFile(path(fileName), header)) {
                for (Object r : rows) {
                    var row = (Map<?, ?>) r;
                    var line = new Object[idKeys.size() + columns.size()];
                    for (int i = 0; i < idKeys.size(); i++) {
                        line[i] = row.get(idKeys.get(i));
                    }
                    fill(kind, row, known, columns, line, idKeys.size());
                    file.row(line);
                    tick();
                }
                if (!kind.equals("Cluster") && !kind.equals("IN_CLUSTER")) {
                    values += file.values();
                }
                lineBreaks |= file.lineBreaks();
                return file.rows();
            }
        }

        private void fill(String kind, Map<?, ?> row, Set<String> known, List<Column> columns, Object[] line, int first) {
            if (!known.containsAll(row.keySet())) {
                var unknown = new java.util.TreeSet<Object>(row.keySet());
                unknown.removeAll(known);
                throw new IllegalStateException("internal error: the import files have no column for " + kind + "." + unknown);
            }
            for (int i = 0; i < columns.size(); i++) {
                Object value = row.get(columns.get(i).name());
                if (value instanceof Integer n) {
                    value = n.longValue();
                }
                if (value instanceof List<?> list && list.isEmpty()) {
                    String name = kind + "." + columns.get(i).name();
                    if (!EMPTY_LISTS_SET_AFTER.contains(name)) {
                        throw new IllegalStateException("internal error: the import files cannot carry the empty list " + name);
                    }
                    mentionsWithoutForms |= kind.equals("MENTIONS");
                }
                line[first + i] = value;
            }
        }

        private void tick() {
            if (progress != null) {
                progress.step();
            }
        }

        AdminImport.Files files() {
            return new AdminImport.Files(nodes, relationships, nodeCount, relationshipCount, lineBreaks);
        }

        long rows() {
            return nodeCount + relationshipCount;
        }

        long clusterNodes() {
            return clusterNodes;
        }

        long clusterRelationships() {
            return clusterRelationships;
        }

        long values() {
            return values;
        }

        boolean mentionsWithoutForms() {
            return mentionsWithoutForms;
        }
    }
}
