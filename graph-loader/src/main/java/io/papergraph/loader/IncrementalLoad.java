package io.papergraph.loader;

import static io.papergraph.loader.TermRelationship.MENTIONS;

import io.papergraph.Futures;
import io.papergraph.extractor.model.AuthorKey;
import io.papergraph.extractor.model.DigestInfo;
import io.papergraph.extractor.model.Paper;
import io.papergraph.extractor.model.TagKey;
import io.papergraph.extractor.terms.PaperTerms;
import io.papergraph.extractor.terms.corpus.TermRanking;
import io.papergraph.loader.connection.Neo4jConnection;
import io.papergraph.loader.rows.PaperRecord;
import io.papergraph.loader.rows.PaperRows;
import io.papergraph.loader.rows.TermRows;
import io.papergraph.loader.schema.GraphSchema;
import io.papergraph.loader.state.RankingStateStore;
import io.papergraph.loader.write.BatchWriter;
import io.papergraph.loader.write.Cypher;
import io.papergraph.loader.write.LoadStep;
import io.papergraph.loader.write.RowProgress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.neo4j.driver.Value;

/**
 * One load of digests into the graph, with the state that lives as long as the load: its writer (figures, steps,
 * batch markers, progress), its ranking state and its writes of terms. {@link DefaultGraphLoader} makes one per load.
 */
final class IncrementalLoad {

    private final Neo4jConnection connection;
    private final TermRanking ranking;
    private final LoaderOptions options;
    /** Where the standard ranking's state is kept between loads; null when it is not. */
    private final RankingStateStore stateStore;
    private final BatchWriter writer;
    private final GraphSchema schema;
    private final LoadInput input;
    private final Consumer<TermGraph> loadedTerms;
    private final DigestProgress digestProgress;
    /** When the load started ({@link System#nanoTime}), for its report. */
    private final long start;

    IncrementalLoad(Neo4jConnection connection, TermRanking ranking, LoaderOptions options, RankingStateStore stateStore,
            BatchWriter writer, LoadInput input, Consumer<TermGraph> loadedTerms, DigestProgress digestProgress, long start) {
        this.connection = connection;
        this.ranking = ranking;
        this.options = options;
        this.stateStore = stateStore;
        this.writer = writer;
        this.schema = new GraphSchema(connection);
        this.input = input;
        this.loadedTerms = loadedTerms;
        this.digestProgress = digestProgress;
        this.start = start;
    }

    /** Runs the load: the steps of {@link DefaultGraphLoader}, on this load's writer. */
    LoadReport run() {
        Map<String, String> storedDigests = DigestMarks.read(writer);
        writer.removeBatchMarkers();
        boolean fresh = countNodes() == 0;
        var loaded = new ArrayList<String>();
        var reloaded = new ArrayList<String>();
        var rankedAnew = new ArrayList<String>();
        var skipped = new ArrayList<String>();
        var toLoad = new ArrayList<DigestInfo>();
        for (DigestInfo d : input.digests()) {
            if (!storedDigests.containsKey(d.file())) {
                loaded.add(d.file());
                toLoad.add(d);
            } else if (DigestMarks.loadedAsIs(d, storedDigests, ranking.fingerprint())) {
                skipped.add(d.file());
            } else {
                reloaded.add(d.file());
                if (DigestMarks.sameContent(d, storedDigests)) {
                    rankedAnew.add(d.file());
                }
                toLoad.add(d);
            }
        }
        digestProgress.complete(skipped);
        if (toLoad.isEmpty()) {
            return report(loaded, reloaded, rankedAnew, skipped, 0, 0);
        }
        var files = new HashSet<String>();
        toLoad.forEach(d -> files.add(d.file()));
        var papers = input.papers().stream()
                .filter(p -> p.listings().stream().anyMatch(l -> files.contains(l.digest())))
                .toList();
        var termsById = new HashMap<String, PaperTerms>();
        input.paperTerms().forEach(t -> termsById.put(t.arxivId(), t));

        writer.showProgress(RowProgress.start(fresh ? "Loading" : "Updating", rows(papers), options.progress()));
        var beside = Executors.newFixedThreadPool(2, r -> {
            var t = new Thread(r, "papergraph-beside");
            t.setDaemon(true);
            return t;
        });
        var kept = new KeptRanking(stateStore, ranking, options, writer, beside);
        try {
            // Read beside the writes of the papers, which keep the server busy and leave the client waiting.
            Future<KeptRanking.KeptState> keptState = fresh ? null : kept.readBeside(storedDigests);
            // Read from the graph only when no kept state can give them.
            Future<Map<String, LocalDate>> firstListedBefore = fresh || (stateStore != null && stateStore.keepsState())
                    ? null : beside.submit(() -> readFirstListed(KeptRanking.BESIDE));
            Set<String> unlisted = fresh ? Set.of() : removeListings(reloaded);
            var touched = new TreeSet<String>(unlisted);
            papers.forEach(p -> touched.add(p.arxivId()));
            Map<String, StoredPaper> stored = fresh ? Map.of() : readStoredPapers(List.copyOf(touched));
            writer.run("digests-upsert", PaperRows.digestRows(toLoad));
            var written = writePapers(papers, termsById, files, stored, fresh, kept);
            int removed = 0;
            if (!fresh) {
                writer.run("papers-listing-dates", new ArrayList<Object>(touched));
                long before = writer.nodesDeleted();
                writer.run("papers-remove-unlisted", new ArrayList<Object>(unlisted));
                removed = (int) (writer.nodesDeleted() - before);
                // Every paper is as this load leaves it: the terms are ranked on a thread of their own meanwhile.
                Future<Optional<KeptRanking.RankedUpdate>> ranked = beside.submit(() -> await(keptState).state()
                        .flatMap(k -> kept.rankFromState(k.state(), stored, touched)));
                for (String statement : Cypher.statements("orphans-remove")) {
                    writer.runStatement(statement, Map.of());
                }
                var records = new ArrayList<Map<String, Object>>(written);
                stored.values().forEach(s -> records.add(s.props()));
                refreshDisplayNames(records);
                int paperCount = (int) countPapers();
                var keptNow = await(keptState);
                var firstListed = firstListedAfterWrites(keptNow.state().flatMap(RankingStateStore.Kept::firstListed)
                        .orElseGet(() -> firstListedBefore != null ? await(firstListedBefore) : readFirstListed("")), touched);
                var fromState = await(ranked).map(update -> kept.termsFromState(update, paperCount, firstListed));
                var termRows = fromState.map(KeptRanking.StateRows::rows)
                        .orElseGet(() -> terms(StoredFindings.all(writer), paperCount, firstListed));
                kept.stageBeside(termRows, firstListed);
                var termWrites = new TermWrites(writer, keptNow.writes());
                termWrites.write(termRows, fromState.map(KeptRanking.StateRows::reRanked));
                kept.stageCoOccurrences(termWrites);
                loadedTerms.accept(TermGraph.of(termRows));
            }
            // One transaction: the digests of a load become loaded together, or none does.
            DigestMarks.markLoaded(writer, toLoad, ranking.fingerprint());
            digestProgress.complete(files);
            writer.removeBatchMarkers();
            kept.commit(DigestMarks.read(writer));
            return report(loaded, reloaded, rankedAnew, skipped, papers.size(), removed);
        } finally {
            // Work beside a load that stopped ends on its own (reads fail on the closed connection); a state
            // being written is waited for, so that it can be discarded.
            beside.shutdown();
            kept.awaitStagingQuietly();
            kept.discard();
            writer.closeProgress();
        }
    }

    private LoadReport report(List<String> loaded, List<String> reloaded, List<String> rankedAnew, List<String> skipped,
            int written, int removed) {
        return new LoadReport(loaded, reloaded, rankedAnew, skipped, written, removed, writer.nodesCreated(), writer.nodesDeleted(),
                writer.relationshipsCreated(), writer.relationshipsDeleted(), writer.elementsUpdated(), writer.propertiesSet(),
                Duration.ofNanos(System.nanoTime() - start), writer.steps());
    }

    /** The rows a load of the papers writes before its terms: what its progress bar counts. */
    private static long rows(List<Paper> papers) {
        long rows = 0;
        for (Paper p : papers) {
            rows += 1 + p.authors().size() * 2L + p.categories().size() + p.tags().size() + p.listings().size();
        }
        return rows;
    }

    private long countNodes() {
        var count = new AtomicLong();
        writer.read("nodes-count", Map.of(), r -> count.set(r.get("n").asLong()));
        return count.get();
    }

    private Set<String> removeListings(List<String> files) {
        var papers = new TreeSet<String>();
        if (files.isEmpty()) {
            return papers;
        }
        try (var session = connection.session()) {
            session.executeWrite(tx -> {
                var result = tx.run(Cypher.statement("listings-remove"), Map.of("rows", files));
                result.forEachRemaining(r -> papers.add(r.get("arxivId").asString()));
                writer.count(result.consume().counters());
                return null;
            });
        }
        return papers;
    }

    /** Writes the papers with their authors, categories, tags and listings; returns the records written. */
    private List<Map<String, Object>> writePapers(List<Paper> papers, Map<String, PaperTerms> termsById, Set<String> files,
            Map<String, StoredPaper> stored, boolean fresh, KeptRanking kept) {
        var rows = PaperRows.of(papers, files, paper -> {
            // A fresh load adds the findings' JSON when a batch is sent: for a year of papers, that JSON all at once
            // would take more heap than the rest of the load.
            PaperTerms terms = fresh ? null : termsById.get(paper.arxivId());
            StoredPaper old = stored.get(paper.arxivId());
            return old != null && !coversListings(paper, old.listedBy()) ? PaperRecord.merged(old.props(), paper, terms)
                    : PaperRecord.of(paper, terms);
        });
        String mode = fresh ? "create" : "merge";
        writer.run("authors-" + mode, rows.authorRows());
        writer.run("categories-" + mode, rows.categoryRows());
        writer.run("tags-" + mode, rows.tagRows());
        if (fresh) {
            var listed = rows.listingDates();
            var firstListed = PaperRows.firstListed(listed);
            var termRows = terms(TermRows.freshPaperTerms(papers, termsById), papers.size(), firstListed);
            kept.stageBeside(termRows, firstListed);
            var termWrites = new TermWrites(writer, Optional.empty());
            writeFresh(rows, termsById, listed, termRows, termWrites);
            kept.stageCoOccurrences(termWrites);
            loadedTerms.accept(TermGraph.of(termRows));
            return rows.records();
        }
        writer.run("papers-merge", new ArrayList<Object>(rows.records()));
        writer.run("wrote-create", rows.wrote());
        writer.run("in-category-create", rows.inCategory());
        writer.run("tagged-create", rows.tagged());
        writer.run("lists-create", rows.lists());
        return rows.records();
    }

    /**
     * Sets the display name of the authors and tags of the given paper records to the smallest of the forms
     * their papers now print, as a load of everything at once would (papers may have gone or changed).
     */
    private void refreshDisplayNames(List<Map<String, Object>> records) {
        var authorKeys = new TreeSet<String>();
        var tagKeys = new TreeSet<String>();
        for (var r : records) {
            ((List<?>) r.getOrDefault("authors", List.of())).forEach(n -> authorKeys.add(AuthorKey.of((String) n)));
            ((List<?>) r.getOrDefault("tags", List.of())).forEach(n -> tagKeys.add(TagKey.fold((String) n)));
        }
        var authorNames = new ArrayList<Object>();
        writer.read("authors-names", Map.of("rows", List.copyOf(authorKeys)), r -> {
            String name = r.get("names").asList(Value::asString).stream().map(AuthorKey::displayName).sorted().findFirst().orElse(null);
            if (name != null && !name.equals(r.get("name").asString())) {
                authorNames.add(Map.of("key", r.get("key").asString(), "name", name));
            }
        });
        writer.run("authors-rename", authorNames);
        var tagNames = new ArrayList<Object>();
        writer.read("tags-names", Map.of("rows", List.copyOf(tagKeys)), r -> {
            String key = r.get("key").asString();
            String name = r.get("names").asList(Value::asString).stream().filter(n -> TagKey.fold(n).equals(key))
                    .map(TagKey::display).sorted().findFirst().orElse(null);
            if (name != null && !name.equals(r.get("name").asString())) {
                tagNames.add(Map.of("key", key, "name", name));
            }
        });
        writer.run("tags-rename", tagNames);
    }

    /** True when the input lists the paper in every digest the graph still lists it in. */
    private static boolean coversListings(Paper paper, List<String> listedBy) {
        var inputDigests = new HashSet<String>();
        paper.listings().forEach(l -> inputDigests.add(l.digest()));
        return inputDigests.containsAll(listedBy);
    }

    private Map<String, StoredPaper> readStoredPapers(List<String> ids) {
        var out = new HashMap<String, StoredPaper>();
        for (var batch : writer.batches(ids)) {
            writer.read("papers-existing", Map.of("rows", batch), r -> out.put(r.get("arxivId").asString(),
                    new StoredPaper(r.get("props").asMap(), r.get("listedBy").asList(Value::asString))));
        }
        return out;
    }

    private long countPapers() {
        var count = new AtomicLong();
        writer.read("papers-count", Map.of(), r -> count.set(r.get("n").asLong()));
        return count.get();
    }

    /**
     * The first listing date of every paper a dated digest lists, read from the graph when no kept state gives them
     * (beside the writes of this load, {@code suffix} {@link #BESIDE}): only the papers the load lists or unlists get
     * new dates, and those are read again once their listings are written.
     */
    private Map<String, LocalDate> readFirstListed(String suffix) {
        var firstListed = new HashMap<String, LocalDate>();
        writer.read("papers-first-listed", Map.of(), r -> firstListed.put(r.get("paper").asString(), r.get("first").asLocalDate()), suffix);
        return firstListed;
    }

    /** The dates {@code before} this load, those of the touched papers as the load's listings left them. */
    private Map<String, LocalDate> firstListedAfterWrites(Map<String, LocalDate> before, Set<String> touched) {
        var after = new HashMap<>(before);
        after.keySet().removeAll(touched);
        for (var batch : writer.batches(List.copyOf(touched))) {
            writer.read("papers-first-listed-of", Map.of("rows", batch), r -> after.put(r.get("paper").asString(), r.get("first").asLocalDate()));
        }
        return after;
    }

    /** Ranks the findings and derives terms, mentions and co-occurrences: a step of the load. */
    private TermRows terms(Collection<PaperTerms> paperTerms, int paperCount, Map<String, LocalDate> firstListed) {
        long start = System.nanoTime();
        var rows = TermRows.of(ranking, options.coOccurrence(), paperTerms, paperCount, firstListed);
        writer.step(new LoadStep("rank terms", paperTerms.size(), Duration.ofNanos(System.nanoTime() - start)));
        return rows;
    }

    /**
     * The create-only path of an empty database: every node first, then each kind of relationship in flat
     * batches whose rows name both ends by element id. The database held nothing before, so the element ids are
     * read back by label; a seek by element id costs less than a unique-index seek, and list rows less than maps.
     */
    private void writeFresh(PaperRows rows, Map<String, PaperTerms> termsById, Map<String, LocalDate[]> listed,
            TermRows termRows, TermWrites termWrites) {
        writer.timed("full-text-indexes-drop", () -> schema.run("full-text-indexes-drop", Set.of()));
        writer.run("terms-create", new ArrayList<Object>(termRows.terms().values()));
        writer.run("papers-create", TermRows.mapRows(rows.records(), record -> PaperRecord.fresh(record, listed, termsById)));
        Map<String, String> papers = writer.elementIds("papers-ids", Map.of());
        Map<String, String> terms = writer.elementIds("terms-ids", Map.of());
        writer.run("wrote-create-by-id", TermRelationship.byElementId(rows.wrote(), "author", writer.elementIds("authors-ids", Map.of()), "paper", papers, "position"));
        writer.run("in-category-create-by-id", TermRelationship.byElementId(rows.inCategory(), "paper", papers, "category", writer.elementIds("categories-ids", Map.of()), "primary"));
        writer.run("tagged-create-by-id", TermRelationship.byElementId(rows.tagged(), "paper", papers, "tag", writer.elementIds("tags-ids", Map.of())));
        writer.run("lists-create-by-id", TermRelationship.byElementId(rows.lists(), "digest", writer.elementIds("digests-ids", Map.of()), "paper", papers, "rank", "line", "date"));
        writer.run(MENTIONS.name() + "-create", MENTIONS.createRows(TermRows.mapRows(termRows.mentions(), TermRows::mentionRow), papers, terms));
        // After the mentions, as in incremental loads: a load killed before this leaves papers without a hash, whose
        // mentions the next load then reads and completes.
        writer.run("papers-set-mention-hash", rows.records().stream().map(r -> (String) r.get("arxivId"))
                .map(id -> (Object) Map.of("paper", id, "hash", termRows.mentionHash(id), "norm", termRows.mentionNorm(id))).toList());
        termWrites.createCoOccurrences(termRows.coOccurrences(), terms, List.of());
        termWrites.created(termRows.terms(), terms);
        // Populated from the stored nodes at the end: populating them while the relationships are written slowed
        // those writes down more than the population took.
        writer.timed("schema", () -> schema.run("schema", schema.presentIndexes().keySet()));
        writer.timed("indexes-await", schema::awaitIndexes);
    }

    /** The result of work of this load done on another thread; its failure rethrown as it was. */
    private static <T> T await(Future<T> work) {
        return Futures.await(work, "loading into Neo4j");
    }
}
